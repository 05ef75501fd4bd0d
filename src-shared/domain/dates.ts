// Calendar dates as 'YYYY-MM-DD' strings in Asia/Tokyo. Japan has no daylight saving time,
// so a fixed +09:00 offset is exact; arithmetic is done on UTC midnights to avoid local-zone drift.

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const TOKYO_OFFSET_MS = 9 * 3_600_000;

/** Applications open on this day (trial operation). */
export const PROGRAM_START: IsoDate = '2025-10-01';
/** Days after the account expires during which a salvage can be requested. */
export const WINDOW_DAYS = 180;
/** Cases with this many days left or fewer are shown as urgent (product decision). */
export const URGENT_DAYS = 14;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function toUtcMs(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** The Asia/Tokyo calendar date of an instant. */
export function tokyoDate(instant: Date): IsoDate {
  return fromUtcMs(instant.getTime() + TOKYO_OFFSET_MS).slice(0, 10);
}

/** RFC 3339 timestamp with the +09:00 offset, second precision. */
export function tokyoTimestamp(instant: Date): string {
  const shifted = new Date(instant.getTime() + TOKYO_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 19)}+09:00`;
}

/** "2026-05-01 12:00": an instant to the minute in Japan time, as lists and the ledger show it. */
export function tokyoMinute(instant: Date): string {
  return tokyoTimestamp(instant).slice(0, 16).replace('T', ' ');
}

/**
 * A student's account stays valid to the end of the month in which enrollment ends and is
 * revoked at the start of the next month, so the default expiry is the 1st of the next month.
 */
export function accountExpiryFor(departureDate: IsoDate): IsoDate {
  const [y, m] = departureDate.split('-').map(Number) as [number, number];
  toUtcMs(departureDate); // validates
  return fromUtcMs(Date.UTC(y, m, 1));
}

/** Last eligible day: expiry + 180 days. */
export function deadlineFor(accountExpiry: IsoDate): IsoDate {
  return addDays(accountExpiry, WINDOW_DAYS);
}
