// Last line of defence: the domain already refuses a My Number in every free-text field, but the
// record must never print one even if a bug or an amendment lets one through. Every string in the
// view is checked except the two machine identifiers (a hex hash or a UUID may contain 12 digits).
import { containsMyNumber } from '../../../src-shared/domain';

const MACHINE_IDS = new Set(['sha256', 'submissionId']);

/** Paths of every string (at any depth) that looks like a My Number. */
export function myNumberFindings(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return containsMyNumber(value) ? [path] : [];
  if (typeof value === 'number') return containsMyNumber(String(value)) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => myNumberFindings(v, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (path.length === 0 && MACHINE_IDS.has(k) ? [] : myNumberFindings(v, [...path, k])));
  }
  return [];
}
