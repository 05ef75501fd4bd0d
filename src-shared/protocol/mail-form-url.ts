// The one mail-form URL rule, used when a link is saved (Settings, department profile) and when it
// is opened (the shell's external-link allowlist): anything that saves also opens. The link goes to
// the system browser, so it is https on the default port, without credentials, and names a page
// (a bare origin would let the allowlist open the whole site). A form named in the query is named
// once: a repeated id would leave which form opens to the server.
import { formIdInQuery } from './form-id-in-query';

export type MailFormUrlProblem = 'not-url' | 'not-https' | 'credentials' | 'port' | 'no-path' | 'repeated-id';

export type MailFormUrlCheck = { readonly ok: true; readonly url: URL } | { readonly ok: false; readonly problem: MailFormUrlProblem };

export function checkMailFormUrl(raw: string): MailFormUrlCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: 'not-url' };
  }
  if (url.protocol !== 'https:' || url.hostname === '') return { ok: false, problem: 'not-https' };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
  if (url.port !== '') return { ok: false, problem: 'port' };
  if (url.pathname.replace(/\/+$/, '') === '') return { ok: false, problem: 'no-path' };
  if (formIdInQuery(url).kind === 'repeated') return { ok: false, problem: 'repeated-id' };
  return { ok: true, url };
}

/** The parsed link when it passes the rule, else null. */
export function parseMailFormUrl(raw: string): URL | null {
  const check = checkMailFormUrl(raw);
  return check.ok ? check.url : null;
}
