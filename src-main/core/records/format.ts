// Dates, times and coded values as the record prints them. Times are always Japan time (JST,
// UTC+9, no daylight saving), whatever the PC's zone, because the office files them in Japan.
import type { Language } from '../../../src-shared/core-api';
import {
  checklistItemById, documentTypeById, facultyByCode, onlineServiceUnavailableLabels, serviceById,
  serviceIds, tokyoTimestamp, type OnlineServiceUnavailableReason, type ServiceId,
} from '../../../src-shared/domain';
import { canonicalJson } from './canonical-json';
import { recordText } from './text';

// Abbreviated months keep English dates on one line in the form's narrow cells.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 'YYYY-MM-DD' → 2026年9月28日 / 28 Sep 2026. */
export function formatDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'ja' ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`;
}

/** An instant in JST: 2026年4月10日 14:05(日本時間) / 10 Apr 2026, 14:05 JST. */
export function formatInstant(instant: string, lang: Language): string {
  const t = tokyoTimestamp(new Date(instant)); // YYYY-MM-DDTHH:MM:SS+09:00
  const date = formatDate(t.slice(0, 10), lang);
  return lang === 'ja' ? `${date} ${t.slice(11, 16)}(日本時間)` : `${date}, ${t.slice(11, 16)} JST`;
}

export function facultyName(code: string, lang: Language): string {
  const f = facultyByCode(code);
  return f ? f[lang] : code;
}

export function serviceName(id: ServiceId, lang: Language): string {
  return serviceById(id).name[lang];
}

export function documentTypeName(id: string, lang: Language): string {
  return documentTypeById(id)?.[lang] ?? id;
}

export function onlineReasonName(id: OnlineServiceUnavailableReason, lang: Language): string {
  const label = onlineServiceUnavailableLabels[id][lang];
  // The 'other' label is a form prompt ("Other (describe)"); on paper the note says what it was.
  return id === 'other' ? (lang === 'ja' ? 'その他' : 'Other') : label;
}

/** The label of an amended field (a dotted path); unknown paths print as they are. */
export function fieldLabel(path: string, lang: Language): string {
  const t = recordText(lang);
  const known = t.fields[path];
  if (known) return known;
  const item = path.startsWith('verification.checklist.') ? checklistItemById(path.slice('verification.checklist.'.length)) : undefined;
  return item ? `${lang === 'ja' ? '確認項目' : 'Checklist'}: ${item[lang]}` : path;
}

/** An amended value in words: codes become names, booleans yes/no, empty values "—". */
export function formatValue(path: string, value: unknown, lang: Language): string {
  const t = recordText(lang);
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (path === 'request.services' && Array.isArray(value)) {
    return value.map((s) => (serviceIds.includes(s as ServiceId) ? serviceName(s as ServiceId, lang) : String(s))).join(lang === 'ja' ? '、' : ', ');
  }
  if (typeof value === 'string') {
    if (path === 'applicant.facultyCode') return facultyName(value, lang);
    if (path === 'verification.documentType') return documentTypeName(value, lang);
    if (path === 'verification.method' && (value === 'in-person' || value === 'video')) return t.methods[value];
    if (path === 'eligibility.onlineServiceUnavailable' && value in onlineServiceUnavailableLabels) {
      return onlineReasonName(value as OnlineServiceUnavailableReason, lang);
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && path.endsWith('Date')) return formatDate(value, lang);
    return value;
  }
  if (isPerson(value)) return personName(value, lang);
  return canonicalJson(value);
}

const isPerson = (v: unknown): v is { name: string; role?: string } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { name?: unknown }).name === 'string' &&
  Object.keys(v).every((k) => k === 'name' || (k === 'role' && typeof (v as { role?: unknown }).role === 'string'));

/** A person (second checker) as on the rest of the record: "name(role)" / "name (role)". */
export function personName(p: { name: string; role?: string }, lang: Language): string {
  if (!p.name && !p.role) return '—';
  if (!p.role) return p.name;
  return lang === 'ja' ? `${p.name}(${p.role})` : `${p.name} (${p.role})`;
}
