// The one endpoint-URL rule, for the Settings form and the outbox: https
// anywhere, http only on this machine (tests and the local demo desk), never with credentials or a
// fragment in the URL (they would end up in logs).
export type EndpointCheck = { ok: true; url: URL } | { ok: false; reason: 'missing' | 'invalid' | 'insecure' };

const LOOPBACK = (host: string): boolean => host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);

export function checkEndpoint(value: string | null | undefined): EndpointCheck {
  if (!value || value.trim() === '') return { ok: false, reason: 'missing' };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.username || url.password || url.hash) return { ok: false, reason: 'invalid' };
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:') return LOOPBACK(url.hostname) ? { ok: true, url } : { ok: false, reason: 'insecure' };
  return { ok: false, reason: 'invalid' };
}
