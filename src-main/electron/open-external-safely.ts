// The only way anything leaves the app for the system browser: https links to the university's
// own help pages. Everything else is refused (a javascript:, file: or smb: URL handed to the OS
// shell can run programs). Compare Desktop's main-process/shell.ts.
import { shell } from 'electron';

export const EXTERNAL_HOST_ALLOWLIST: ReadonlySet<string> = new Set(['utelecon.adm.u-tokyo.ac.jp', 'www.u-tokyo.ac.jp']);

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && EXTERNAL_HOST_ALLOWLIST.has(url.hostname);
}

/** Open an allowlisted https URL in the default browser; returns false (and opens nothing) otherwise. */
export async function openExternalSafely(raw: string): Promise<boolean> {
  if (!isAllowedExternalUrl(raw)) return false;
  // Electronegativity asks for a review of every openExternal: this one is reached only after the
  // https host allowlist above (tested in test/main/electron/web-contents-guard.test.ts).
  await shell.openExternal(new URL(raw).toString()); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}
