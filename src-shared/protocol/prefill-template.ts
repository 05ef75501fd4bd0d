// The desk's mail form (a Google Form) and the prefilled-link template the desk makes once with
// Google Forms' "事前入力した URL を取得 / Get pre-filled link", typing placeholders as the answers.
// Google hands the link back with the typed placeholders percent-encoded
// (`entry.123=%7B%7BapplicantName%7D%7D`); raw braces are accepted too. One rule, used by Settings,
// the department profile and the outbox.
import { parseMailFormUrl } from './mail-form-url';

/** The desk's published mail-form link (its "メールフォームで相談する" page). */
export const DEFAULT_MAIL_FORM_URL = 'https://forms.gle/ASFmXTbgNwncrWL28';

export const PREFILL_PLACEHOLDERS = [
  'caseNumber', 'submissionId', 'departmentName', 'staffName', 'staffRole', 'applicantName',
  'utokyoAccount', 'studentNumber', 'faculty', 'services', 'reason', 'contactEmail', 'requestText',
] as const;
export type PrefillPlaceholder = (typeof PREFILL_PLACEHOLDERS)[number];

/**
 * The placeholder grammar, one for checking and for filling: two braces (raw or percent-encoded),
 * optional blanks (a space, `%20` or the `+` a form encoder makes of a space), a name of letters,
 * digits and `_` (empty counts, so `{{}}` is reported rather than left in the link), two braces.
 */
const PLACEHOLDER = /(?:\{|%7B)(?:\{|%7B)(?:\s|%20|\+)*([A-Za-z0-9_]*)(?:\s|%20|\+)*(?:\}|%7D)(?:\}|%7D)/gi;

const isPlaceholder = (name: string): name is PrefillPlaceholder => (PREFILL_PLACEHOLDERS as readonly string[]).includes(name);

/** The placeholder names in a template, in order, as the filler will see them. */
export function placeholderNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** What URLSearchParams makes of a value (application/x-www-form-urlencoded; space as '+'). */
export const formEncode = (value: string): string => new URLSearchParams({ v: value }).toString().slice(2);

/** The template with every placeholder replaced by its form-encoded value (a checked template only). */
export function fillPrefillTemplate(template: string, values: Readonly<Record<PrefillPlaceholder, string>>): string {
  return template.replace(PLACEHOLDER, (_m, name: string) => formEncode(isPlaceholder(name) ? values[name] : ''));
}

/** A Google Form's published id in a `docs.google.com/forms/d/e/<id>/…` link, or null. */
export function googleFormId(raw: string): string | null {
  const url = parseMailFormUrl(raw);
  if (!url || url.hostname !== 'docs.google.com') return null;
  const m = /^\/forms\/d\/e\/([A-Za-z0-9_-]{10,200})(?:\/|$)/.exec(url.pathname);
  return m ? m[1]! : null;
}

export type PrefillTemplateCheck =
  | { readonly ok: true; readonly placeholders: readonly PrefillPlaceholder[] }
  | { readonly ok: false; readonly problem: 'url' | 'no-placeholder'; readonly unknown?: undefined }
  | { readonly ok: false; readonly problem: 'unknown-placeholder'; readonly unknown: string };

/** The mail-form URL rule, host docs.google.com, path under /forms/, only known placeholders, at least one. */
export function checkPrefillTemplate(template: string): PrefillTemplateCheck {
  const url = parseMailFormUrl(template);
  if (!url || url.hostname !== 'docs.google.com' || !url.pathname.startsWith('/forms/')) return { ok: false, problem: 'url' };
  const found: PrefillPlaceholder[] = [];
  for (const name of placeholderNames(template)) {
    if (!isPlaceholder(name)) return { ok: false, problem: 'unknown-placeholder', unknown: name };
    if (!found.includes(name)) found.push(name);
  }
  if (found.length === 0) return { ok: false, problem: 'no-placeholder' };
  return { ok: true, placeholders: found };
}
