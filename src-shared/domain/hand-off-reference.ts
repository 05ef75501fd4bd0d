// The hand-off reference: the number the desk's mail form sends back in its auto-reply, and
// nothing else. Only ASCII letters, digits, '#' and '-', at most 32 characters: a name, an
// e-mail address, a sentence or Japanese text cannot be typed into it, so the field never holds
// personal data. One rule for the core (which refuses) and the hand-off form (which explains).
import { makeIssue, type Issue } from './issue';
import { containsMyNumber } from './my-number';

export const HAND_OFF_REFERENCE_MAX = 32;

const ALLOWED = /^[A-Za-z0-9#-]*$/;

/** Issues of a (trimmed, non-empty) reference: wrong characters, too long, or a run of 10+ digits. */
export function handOffReferenceIssues(reference: string): Issue[] {
  if (!ALLOWED.test(reference)) return [makeIssue('reference', 'hand-off.reference-format')];
  if (reference.length > HAND_OFF_REFERENCE_MAX) return [makeIssue('reference', 'hand-off.reference-too-long')];
  // Ten or more digits in a row is a UTokyo Account or a phone number, never a desk number.
  if (/\d{10}/.test(reference.replace(/-/g, '')) || containsMyNumber(reference)) return [makeIssue('reference', 'hand-off.reference-personal')];
  return [];
}
