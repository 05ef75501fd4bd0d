// When to try again. Exponential backoff with full jitter (AWS Architecture Blog, "Exponential
// Backoff And Jitter"): a random delay in [0, min(cap, base·2^(n−1))], so a desk coming back
// after an outage is not hit by every counter at the same instant. Retry-After (429/503) wins.
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 15 * 60_000;
/** Never wait longer than this for a Retry-After, whatever the server says. */
export const RETRY_AFTER_MAX_MS = 24 * 3_600_000;

export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const exp = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(Math.max(attempts - 1, 0), 30));
  return Math.floor(random() * exp);
}

/** Retry-After as delta-seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function retryAfterMs(value: string | null, now: Date): number | null {
  if (value === null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Math.min(Number(v) * 1000, RETRY_AFTER_MAX_MS);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.min(Math.max(at - now.getTime(), 0), RETRY_AFTER_MAX_MS);
}
