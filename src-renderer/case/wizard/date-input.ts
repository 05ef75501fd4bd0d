// Dates are typed, not picked: staff type what the academic record says, on a Japanese IME, in
// whatever form comes naturally (2026-03-31, 2026/3/31, ２０２６年３月３１日, 令和8年3月31日, R8.3.31).
// A native date input's segments follow the OS locale and fight the keyboard, so a text field is
// read by the one shared date reader (src-shared/domain/date-input.ts) instead.
import { dateInputValue } from '../../../src-shared/domain';

/** The YYYY-MM-DD form of a typed date, or what was typed when it is not a calendar date. */
export function normalizeDateInput(value: string): string {
  return dateInputValue(value);
}

/** For the draft: the normalized date, or what was typed cut to the stored field's length. */
export function draftDate(value: string): string {
  const normalized = normalizeDateInput(value);
  return normalized.length > 10 ? normalized.slice(0, 10) : normalized;
}
