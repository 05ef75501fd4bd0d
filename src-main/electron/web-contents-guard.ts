// One global guard for every web contents the app ever creates (the main window, the print
// window, anything a bug might open): no new windows, no navigation away from app://, no
// <webview>, no permissions, no bad certificates. https://www.electronjs.org/docs/latest/tutorial/security
import { app, type Session, type WebContents } from 'electron';
import { APP_SCHEME } from './app-protocol';
import { isAllowedExternalUrl, openExternalSafely } from './open-external-safely';

export interface GuardOptions {
  /** In development the renderer comes from the Vite dev server: also allow that exact origin. */
  readonly devServerOrigin?: string | null;
}

/**
 * Chromium's built-in PDF viewer (a component extension with this fixed id) runs inside the print
 * window; its frame must be allowed to load or the record would print blank.
 */
export const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai';

export function isAppUrl(raw: string, devServerOrigin: string | null = null): boolean {
  try {
    const url = new URL(raw);
    if (url.protocol === `${APP_SCHEME}:`) return true;
    if (`${url.protocol}//${url.host}` === PDF_VIEWER_ORIGIN) return true;
    return devServerOrigin !== null && url.origin === devServerOrigin;
  } catch {
    return false;
  }
}

export function guardWebContents(contents: WebContents, options: GuardOptions = {}): void {
  const dev = options.devServerOrigin ?? null;
  // New windows: never. An allowlisted help link goes to the system browser instead.
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void openExternalSafely(url);
    return { action: 'deny' };
  });
  const block = (event: { preventDefault(): void; url?: string }, url?: string): void => {
    const target = event.url ?? url ?? '';
    if (!isAppUrl(target, dev)) {
      event.preventDefault();
      if (isAllowedExternalUrl(target)) void openExternalSafely(target);
    }
  };
  contents.on('will-navigate', (event, url) => block(event, url));
  // A subframe may become about:blank (the PDF viewer's wrapper creates one); it holds nothing.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && event.url === 'about:blank') return;
    block(event);
  });
  contents.on('will-redirect', (event, url) => block(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function guardSession(session: Session): void {
  // No camera, microphone, notifications, geolocation, clipboard-read, HID/USB/serial… ever.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Install the guard on every future web contents and reject every certificate error. */
export function installWebContentsGuard(options: GuardOptions = {}): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options));
  // Electron's default already rejects, but say it explicitly: never trust a bad certificate.
  // (Electronegativity flags every certificate-error handler for review; this one only says no.)
  app.on('certificate-error', (_event, _contents, _url, _error, _certificate, callback) => callback(false)); // eng-disable CERTIFICATE_ERROR_EVENT_JS_CHECK
}
