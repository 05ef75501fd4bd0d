// The one reader of typed dates. Staff type what the academic record says, on a Japanese IME, in
// whatever form comes naturally: 2026-03-31, 2026/3/31, 20260331, ２０２６年３月３１日, or in the
// Japanese era calendar (和暦): 令和8年3月31日, 令和８年３月３１日, R8.3.31, R8/3/31, 平成31年4月30日,
// H31.4.30, 令和元年5月1日, ㋿8.3.31. Every form becomes a YYYY-MM-DD calendar date, or says why not:
// a day the calendar does not have (2026-02-30) is named as such, not as a wrong format.
import { isIsoDate, type IsoDate } from './dates';

/** The eras a living former student's dates can fall in, newest first, with their first day. */
export const ERAS = [
  { id: 'reiwa', ja: '令和', en: 'Reiwa', letter: 'R', start: '2019-05-01' },
  { id: 'heisei', ja: '平成', en: 'Heisei', letter: 'H', start: '1989-01-08' },
  { id: 'showa', ja: '昭和', en: 'Showa', letter: 'S', start: '1926-12-25' },
] as const;
export type Era = (typeof ERAS)[number];

export type DateInput =
  | { readonly kind: 'empty' }
  /** A calendar date; `era` when it was typed in the era calendar (the screen shows both). */
  | { readonly kind: 'date'; readonly iso: IsoDate; readonly era: Era | null }
  /** The form is a date's, but that day does not exist (2026-02-30, 令和8年13月1日). */
  | { readonly kind: 'impossible'; readonly year: number; readonly month: number; readonly day: number }
  /** An era date outside its era (平成32年, 令和元年4月1日). */
  | { readonly kind: 'outside-era'; readonly era: Era; readonly eraYear: number; readonly iso: IsoDate }
  | { readonly kind: 'unreadable' };

const ERA_PREFIX = /^(令和|平成|昭和|[RHS])\.?(元|\d{1,2})[年./-](\d{1,2})[月./-](\d{1,2})日?$/i;
const WESTERN = /^(\d{4})[年./-](\d{1,2})[月./-](\d{1,2})日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/** NFKC folds full-width digits and letters and the era ligatures (㋿ → 令和, ㍻ → 平成); then no spaces. */
function fold(value: string): string {
  return value.normalize('NFKC').replace(/[\s]+/g, '').replace(/[−‐‑–—ー－]/g, '-').replace(/[。．]/g, '.');
}

const pad = (n: number): string => String(n).padStart(2, '0');

function eraOf(token: string): Era | undefined {
  const upper = token.toUpperCase();
  return ERAS.find((e) => e.ja === token || e.letter === upper);
}

/** The first day of the era after `era` (its end + 1), or null for the current era. */
function nextEraStart(era: Era): IsoDate | null {
  const i = ERAS.findIndex((e) => e.id === era.id);
  return i > 0 ? ERAS[i - 1]!.start : null;
}

function calendarDate(year: number, month: number, day: number): DateInput {
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? { kind: 'date', iso, era: null } : { kind: 'impossible', year, month, day };
}

function eraDate(era: Era, eraYear: number, month: number, day: number): DateInput {
  const year = Number(era.start.slice(0, 4)) + eraYear - 1;
  const western = calendarDate(year, month, day);
  if (western.kind !== 'date') return western;
  const next = nextEraStart(era);
  if (eraYear < 1 || western.iso < era.start || (next !== null && western.iso >= next)) {
    return { kind: 'outside-era', era, eraYear, iso: western.iso };
  }
  return { kind: 'date', iso: western.iso, era };
}

/** Reads a typed date in any of the usual forms (see the file comment). */
export function parseDateInput(value: string): DateInput {
  const s = fold(value);
  if (s === '') return { kind: 'empty' };
  const era = ERA_PREFIX.exec(s);
  if (era) {
    const e = eraOf(era[1]!);
    if (!e) return { kind: 'unreadable' };
    return eraDate(e, era[2] === '元' ? 1 : Number(era[2]), Number(era[3]), Number(era[4]));
  }
  const m = WESTERN.exec(s) ?? COMPACT.exec(s);
  return m ? calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : { kind: 'unreadable' };
}

/** What a date field stores: the calendar date when the input is one, else what was typed. */
export function dateInputValue(value: string): string {
  const parsed = parseDateInput(value);
  return parsed.kind === 'date' ? parsed.iso : value;
}

/** "令和8年9月30日" for a calendar date inside the eras above (元年 for the first year). */
export function eraName(iso: IsoDate): string | null {
  if (!isIsoDate(iso)) return null;
  const era = ERAS.find((e) => iso >= e.start);
  if (!era) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const eraYear = y - Number(era.start.slice(0, 4)) + 1;
  return `${era.ja}${eraYear === 1 ? '元' : eraYear}年${m}月${d}日`;
}

/** Days in a month of a year (for telling staff how long that month is). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
