// Which URLs may leave the app for the system browser (pure checks, shared by the Electron shell
// and the browser preview): https links to the university's own help pages, and the desk's mail
// form — exactly the confirmed form link's origin and path, and a verified prefill template's
// docs.google.com/forms/… path (resolveMailFormDestination decides both) — nothing broader. Where
// the form is named in the query (Microsoft Forms), the confirmed form id is part of the prefix.
// The link rule is the one Settings saves with (mail-form-url.ts).
import { formIdInQuery, type FormIdInQuery } from '../../src-shared/protocol/form-id-in-query';
import { parseMailFormUrl } from '../../src-shared/protocol/mail-form-url';

export const EXTERNAL_HOST_ALLOWLIST: ReadonlySet<string> = new Set(['utelecon.adm.u-tokyo.ac.jp', 'www.u-tokyo.ac.jp']);

/**
 * One allowed prefix: an https origin and a path that the URL's path must equal or continue with
 * '/'; and where the form is named in the query, the one form id the URL must name (by itself).
 */
export interface UrlPrefix {
  readonly origin: string;
  readonly path: string;
  readonly formId?: FormIdInQuery;
}

const parse = (raw: string): URL | null => {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' ? url : null;
  } catch {
    return null;
  }
};

/** The configured mail form's prefixes: the form link and the prefill template (their queries only for a form id). */
export function mailFormPrefixes(form: { readonly mailFormUrl: string; readonly mailFormPrefillTemplate: string | null }): UrlPrefix[] {
  const out: UrlPrefix[] = [];
  for (const raw of [form.mailFormUrl, form.mailFormPrefillTemplate]) {
    // The same rule Settings saves with: whatever saves here also opens.
    const url = raw ? parseMailFormUrl(raw) : null;
    if (url) out.push({ origin: url.origin, path: url.pathname.replace(/\/+$/, ''), formId: formIdInQuery(url) });
  }
  return out;
}

const sameFormId = (a: FormIdInQuery, b: FormIdInQuery): boolean =>
  a.kind === 'none' ? b.kind === 'none' : a.kind === 'one' && b.kind === 'one' && a.id === b.id;

const underPrefix = (url: URL, p: UrlPrefix): boolean =>
  url.origin === p.origin && (url.pathname === p.path || url.pathname.startsWith(`${p.path}/`))
  && sameFormId(formIdInQuery(url), p.formId ?? { kind: 'none' });

export function isAllowedExternalUrl(raw: string, extra: readonly UrlPrefix[] = []): boolean {
  const url = parse(raw);
  if (!url) return false;
  return EXTERNAL_HOST_ALLOWLIST.has(url.hostname) || extra.some((p) => underPrefix(url, p));
}
