// The one Content-Security-Policy, sent with every response of the app:// protocol and of the
// browser preview. No inline script or style, no eval, nothing from the network: the renderer is
// entirely self-contained (fonts included), and it talks to the core only through the preload
// (or, in the preview, same-origin fetch — hence connect-src 'self').
// This module is pure (no electron import) so the preview server can share it.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every renderer response carries, in Electron and in the preview. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
