// Closing a case as not verified (本人確認できず, SPEC §3): the identity check genuinely failed (the
// photo does not match, the ID is not genuine, the applicant left the call). The counter records
// that it refused and why; the reason is printed on the record for the office file.
import { makeIssue, type Issue } from './issue';
import { containsMyNumber } from './my-number';
import { normalizeText } from './normalize';

export const CLOSURE_REASON_MAX = 1000;

/** What is wrong with a closure reason (empty list: it may be recorded). */
export function closureReasonIssues(reason: string): Issue[] {
  const text = normalizeText(reason);
  if (text === '') return [makeIssue('reason', 'closure.reason-required')];
  if ([...text].length > CLOSURE_REASON_MAX) return [makeIssue('reason', 'text.too-long', { max: CLOSURE_REASON_MAX })];
  if (containsMyNumber(text)) return [makeIssue('reason', 'mynumber.detected')];
  return [];
}
