// Requests carry personal data, so they go over TLS. Plain http is allowed only to a receiver on
// this PC (tests, local demos), where nothing crosses the network.
const LOOPBACK_NAMES = new Set(['localhost', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  if (LOOPBACK_NAMES.has(h) || h.endsWith('.localhost')) return true;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return m !== null && Number(m[1]) === 127 && m.slice(1).every((o) => Number(o) <= 255);
}

export function isAllowedEndpoint(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.username || u.password) return false; // credentials in a URL end up in logs
  if (u.protocol === 'https:') return u.hostname !== '';
  return u.protocol === 'http:' && isLoopbackHost(u.hostname);
}
