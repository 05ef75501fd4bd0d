// Dates, times and coded values as the record prints them. Times are always Japan time (JST,
// UTC+9, no daylight saving), whatever the PC's zone, because the office files them in Japan.
import type { Language } from '../../../src-shared/core-api';
import {
  checklistItemById, tokyoTimestamp, type OnlineServiceUnavailableReason,
} from '../../../src-shared/domain';
import { dateInWords, documentTypeName, facultyName, personInWords, serviceName, valueInWords } from '../../../src-shared/domain/value-in-words';
import { recordText } from './text';

/** 'YYYY-MM-DD' → 2026年9月28日 / 28 Sep 2026. */
export const formatDate = dateInWords;

/** An instant in JST: 2026年4月10日 14:05(日本時間) / 10 Apr 2026, 14:05 JST. */
export function formatInstant(instant: string, lang: Language): string {
  const t = tokyoTimestamp(new Date(instant)); // YYYY-MM-DDTHH:MM:SS+09:00
  const date = formatDate(t.slice(0, 10), lang);
  return lang === 'ja' ? `${date} ${t.slice(11, 16)}(日本時間)` : `${date}, ${t.slice(11, 16)} JST`;
}

export { documentTypeName, facultyName, serviceName };

export function onlineReasonName(id: OnlineServiceUnavailableReason, lang: Language): string {
  return valueInWords('eligibility.onlineServiceUnavailable', id, lang);
}

/** The label of an amended field (a dotted path); unknown paths print as they are. */
export function fieldLabel(path: string, lang: Language): string {
  const t = recordText(lang);
  const known = t.fields[path];
  if (known) return known;
  const item = path.startsWith('verification.checklist.') ? checklistItemById(path.slice('verification.checklist.'.length)) : undefined;
  return item ? `${lang === 'ja' ? '確認項目' : 'Checklist'}: ${item[lang]}` : path;
}

/** An amended value in words (the one shared rule); empty values "—". */
export function formatValue(path: string, value: unknown, lang: Language): string {
  return valueInWords(path, value, lang) || '—';
}

/** A person (second checker) as on the rest of the record: "name(role)" / "name (role)". */
export function personName(p: { name: string; role?: string }, lang: Language): string {
  return personInWords(p, lang) || '—';
}
