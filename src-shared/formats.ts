// The formats every part of the app agrees on, stated once: the domain rules, the signed payload
// and amendment schemas, the core's queries, the desk's receiver and the renderer all use these.
// Each is checked after normalisation (full-width to ASCII etc., see domain/normalize.ts).
import { z } from 'zod';

/** UTokyo Account: exactly 10 ASCII digits. */
export const UTOKYO_ACCOUNT = /^\d{10}$/;
/** Student number immediately before leaving: 1–16 of A–Z, 0–9 and '-'. */
export const STUDENT_NUMBER = /^[A-Z0-9-]{1,16}$/;
/** A submission id: a lower-case RFC 4122 UUID as `crypto.randomUUID()` writes it. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** RFC 3339 with the Tokyo offset, optional fractional seconds (the shape only; see isTokyoTimestamp). */
export const TOKYO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?\+09:00$/;

export const isUtokyoAccount = (value: string): boolean => UTOKYO_ACCOUNT.test(value);
export const isStudentNumber = (value: string): boolean => STUDENT_NUMBER.test(value);
export const isUuid = (value: string): boolean => UUID.test(value);

/**
 * A Tokyo timestamp that names a real instant: the shape above and a day that exists, hours 0–23,
 * minutes and seconds 0–59. `2026-06-01T25:61:61+09:00` has the shape but is not a time; a check
 * that parsed it would get NaN and could silently skip a comparison, so it is refused here.
 */
export function isTokyoTimestamp(value: string): boolean {
  const m = TOKYO_TIMESTAMP.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (h > 23 || mi > 59 || s > 59) return false;
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/** RFC 3339 with any explicit offset (Z or ±hh:mm), optional fractional seconds: key times in the desk's registry, the time received. */
export const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(Z|[+-](\d{2}):(\d{2}))$/;

/**
 * Milliseconds since the epoch of an RFC 3339 time that names a real instant (a day that exists,
 * hours 0–23, minutes and seconds 0–59, an offset within ±23:59), or null. `Date.parse` alone
 * accepts far more (it skips text in parentheses) and gives NaN for 25:61:61, which would skip a
 * comparison; the desk judges retired and revoked keys by these times, so anything else is refused.
 */
export function instantMs(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = INSTANT.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (h > 23 || mi > 59 || s > 59 || (m[7] !== 'Z' && (Number(m[8]) > 23 || Number(m[9]) > 59))) return null;
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

export const isInstant = (value: unknown): boolean => instantMs(value) !== null;

/** The same formats as zod schemas, for the payload, amendment and receiver schemas. */
export const uuidSchema = z.string().regex(UUID, { error: 'lower-case UUID expected' });
export const tokyoTimestampSchema = z.string().refine(isTokyoTimestamp, { error: 'RFC 3339 timestamp with +09:00 and a real date and time expected' });
export const utokyoAccountSchema = z.string().regex(UTOKYO_ACCOUNT, { error: '10 ASCII digits expected' });
export const studentNumberSchema = z.string().regex(STUDENT_NUMBER, { error: '1–16 of A–Z 0–9 - expected' });

/** An https address a page may link to: a host, no user name or password in it. */
export function isHttpsUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' && u.hostname !== '' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}
