// The desk's mail form (a Google Form) and the prefilled-link template the desk makes once with
// Google Forms' "事前入力した URL を取得 / Get pre-filled link", typing placeholders as the answers.
// Google hands the link back with the typed placeholders percent-encoded
// (`entry.123=%7B%7BapplicantName%7D%7D`); raw braces are accepted too. One rule, used by Settings,
// the department profile and the outbox.

/** The desk's published mail-form link (its "メールフォームで相談する" page). */
export const DEFAULT_MAIL_FORM_URL = 'https://forms.gle/ASFmXTbgNwncrWL28';

export const PREFILL_PLACEHOLDERS = [
  'caseNumber', 'submissionId', 'departmentName', 'staffName', 'staffRole', 'applicantName',
  'utokyoAccount', 'studentNumber', 'faculty', 'services', 'reason', 'contactEmail', 'requestText',
] as const;
export type PrefillPlaceholder = (typeof PREFILL_PLACEHOLDERS)[number];

/** A URL the form link may be: https, nothing else (the link is opened in the system browser). */
export function isHttpsUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' && u.hostname !== '' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]*)\s*\}\}/g;

/** The template with every percent-encoded brace decoded, so `{{name}}` is found either way. */
function withBraces(template: string): string {
  return template.replace(/%7B/gi, '{').replace(/%7D/gi, '}').replace(/%20/g, ' ');
}

export type PrefillTemplateCheck =
  | { readonly ok: true; readonly placeholders: readonly PrefillPlaceholder[] }
  | { readonly ok: false; readonly problem: 'url' | 'no-placeholder'; readonly unknown?: undefined }
  | { readonly ok: false; readonly problem: 'unknown-placeholder'; readonly unknown: string };

/** https, host docs.google.com, path under /forms/, only known placeholders, at least one. */
export function checkPrefillTemplate(template: string): PrefillTemplateCheck {
  let url: URL;
  try {
    url = new URL(template);
  } catch {
    return { ok: false, problem: 'url' };
  }
  if (url.protocol !== 'https:' || url.hostname !== 'docs.google.com' || !url.pathname.startsWith('/forms/') || url.username !== '' || url.password !== '') {
    return { ok: false, problem: 'url' };
  }
  const found: PrefillPlaceholder[] = [];
  for (const m of withBraces(template).matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    if (!(PREFILL_PLACEHOLDERS as readonly string[]).includes(name)) return { ok: false, problem: 'unknown-placeholder', unknown: name };
    if (!found.includes(name as PrefillPlaceholder)) found.push(name as PrefillPlaceholder);
  }
  if (found.length === 0) return { ok: false, problem: 'no-placeholder' };
  return { ok: true, placeholders: found };
}
