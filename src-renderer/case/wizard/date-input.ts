// Dates are typed, not picked: staff type what the academic record says, on a Japanese IME, in
// whatever form comes naturally (2026-03-31, 2026/3/31, 20260331, ２０２６年３月３１日). A native
// date input's segments follow the OS locale and fight the keyboard, so a text field is folded
// to YYYY-MM-DD here instead.
import { isIsoDate, toHalfWidth } from '../../../src-shared/domain';

export function normalizeDateInput(value: string): string {
  const s = toHalfWidth(value).trim().replace(/\s+/g, '').replace(/日$/, '').replace(/[年月./]/g, '-');
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return value;
  const iso = `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : value;
}

/** For the draft: the normalized date, or what was typed cut to the stored field's length. */
export function draftDate(value: string): string {
  const normalized = normalizeDateInput(value);
  return normalized.length > 10 ? normalized.slice(0, 10) : normalized;
}
