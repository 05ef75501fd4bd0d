// The time the desk received a request, as staff type it: the mail-form answer's timestamp as
// Google Forms shows it (2026/05/12 9:03:12), a plain Tokyo time (2026-05-12 09:03), or an RFC 3339
// time with an offset. Empty means now. Anything else — an impossible date or time included — is
// refused (never read as "now"), so a retired key is never judged against a wrong time.
import { instantMs } from '../../src-shared/formats';

const TOKYO = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const two = (s: string): string => s.padStart(2, '0');

/** Milliseconds since the epoch, `now` for an empty field, or null when the text is not a real time. */
export function parseReceivedAt(text: string, now: number): number | null {
  const t = text.trim();
  if (t === '') return now;
  const m = TOKYO.exec(t);
  if (m) return instantMs(`${m[1]}-${two(m[2]!)}-${two(m[3]!)}T${two(m[4]!)}:${m[5]}:${m[6] ?? '00'}+09:00`);
  return instantMs(t);
}

/** A time as shown on the page: Tokyo time, to the second. */
export function tokyoTime(ms: number): string {
  return `${new Date(ms + 9 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')} (JST)`;
}
