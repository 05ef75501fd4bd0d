// Strict timestamps for everything the desk judges by time (a payload's createdAt, a key's
// retirement or revocation, the time the desk received a request): RFC 3339 with a real calendar
// date, hours 00–23, minutes and seconds 00–59 and an explicit offset. `Date.parse` alone accepts
// far more (and gives NaN for 25:61:61, which used to skip a check); anything else is refused.
import { isIsoDate } from '../domain/dates';

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(Z|([+-])(\d{2}):(\d{2}))$/;

/** Milliseconds since the epoch of a strict RFC 3339 timestamp, or null when it is not one. */
export function strictInstant(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = INSTANT.exec(value);
  if (!m || !isIsoDate(m[1]!)) return null;
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4]) > 59) return null;
  if (m[5] !== 'Z' && (Number(m[7]) > 23 || Number(m[8]) > 59)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

export const isStrictInstant = (value: unknown): boolean => strictInstant(value) !== null;

/** A timestamp with the +09:00 offset the app writes (payload createdAt, verifiedAt). */
export const isTokyoInstant = (value: string): boolean => value.endsWith('+09:00') && isStrictInstant(value);
