// How a stored or amended value is shown to people, once, for the screen (amendment history, the
// correction form) and the printed record: codes become their names, booleans yes/no, dates and
// people as the record writes them, anything else as canonical JSON. Empty is ''; each place
// chooses its own placeholder for it (the record prints '—').
import { canonicalJson } from '../canonical-json';
import { METHOD_LABELS } from '../messages/status-labels';
import { documentTypeById } from './document-types';
import { facultyByCode } from './faculties';
import { onlineServiceUnavailableLabels, serviceById, serviceIds, type OnlineServiceUnavailableReason, type ServiceId } from './services';

type Language = 'ja' | 'en';

// Abbreviated months keep English dates on one line in the record's narrow cells.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const YES_NO = { ja: ['はい', 'いいえ'], en: ['Yes', 'No'] } as const;

/** 'YYYY-MM-DD' → 2026年9月28日 / 28 Sep 2026. */
export function dateInWords(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'ja' ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A person (second checker) as everywhere else: "name(role)" / "name (role)"; '' when empty. */
export function personInWords(p: { name: string; role?: string }, lang: Language): string {
  if (!p.role) return p.name;
  return lang === 'ja' ? `${p.name}(${p.role})` : `${p.name} (${p.role})`;
}

/** A faculty's name from the university's list; an unknown code as it is. */
export function facultyName(code: string, lang: Language): string {
  return facultyByCode(code)?.[lang] ?? code;
}

export function serviceName(id: ServiceId, lang: Language): string {
  return serviceById(id).name[lang];
}

/** An ID document type's name (never its number); an unknown id as it is. */
export function documentTypeName(id: string, lang: Language): string {
  return documentTypeById(id)?.[lang] ?? id;
}

const isPerson = (v: unknown): v is { name: string; role?: string } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { name?: unknown }).name === 'string' &&
  Object.keys(v).every((k) => k === 'name' || (k === 'role' && typeof (v as { role?: unknown }).role === 'string'));

function stringInWords(path: string, value: string, lang: Language): string {
  if (path === 'applicant.facultyCode') return facultyName(value, lang);
  if (path === 'verification.documentType') return documentTypeName(value, lang);
  if (path === 'verification.method' && (value === 'in-person' || value === 'video')) return METHOD_LABELS[value][lang];
  if (path === 'eligibility.onlineServiceUnavailable' && value in onlineServiceUnavailableLabels) {
    // The 'other' label is a form prompt ("Other (describe)"); shown, the note says what it was.
    return value === 'other' ? (lang === 'ja' ? 'その他' : 'Other') : onlineServiceUnavailableLabels[value as OnlineServiceUnavailableReason][lang];
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && path.endsWith('Date')) return dateInWords(value, lang);
  return value;
}

export function valueInWords(path: string, value: unknown, lang: Language): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'boolean') return YES_NO[lang][value ? 0 : 1];
  if (path === 'request.services' && Array.isArray(value)) {
    return value.map((s) => (serviceIds.includes(s as ServiceId) ? serviceName(s as ServiceId, lang) : String(s))).join(lang === 'ja' ? '、' : ', ');
  }
  if (typeof value === 'string') return stringInWords(path, value, lang);
  if (isPerson(value)) return personInWords(value, lang);
  return canonicalJson(value);
}
