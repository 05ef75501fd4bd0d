// The only way anything leaves the app for the system browser: https links to the university's
// own help pages, and the desk's mail form (exactly the confirmed form link's origin and path,
// and a verified prefill template's docs.google.com/forms/… path). Everything else is refused (a
// javascript:, file: or smb: URL handed to the OS shell can run programs). Compare Desktop's
// main-process/shell.ts.
import { shell } from 'electron';
import { isAllowedExternalUrl, type UrlPrefix } from '../http/external-urls';

export { EXTERNAL_HOST_ALLOWLIST, isAllowedExternalUrl, mailFormPrefixes, type UrlPrefix } from '../http/external-urls';

/** Open an allowlisted https URL in the default browser; returns false (and opens nothing) otherwise. */
export async function openExternalSafely(raw: string, extra: readonly UrlPrefix[] = []): Promise<boolean> {
  if (!isAllowedExternalUrl(raw, extra)) return false;
  // Electronegativity asks for a review of every openExternal: this one is reached only after the
  // https allowlist above (tested in test/main/electron/web-contents-guard.test.ts).
  await shell.openExternal(new URL(raw).toString()); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}
