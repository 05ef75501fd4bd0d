// Answers that contradict each other. Each is a warning that must be acknowledged
// before 確定 (acknowledgements.ts): the answers may both be true (a card obtained since), but
// staff must have looked at the contradiction with the applicant.
import type { CaseDraft } from './case-shape';
import { makeIssue, type Issue } from './issue';

export function crossCheckIssues(d: CaseDraft): Issue[] {
  const out: Issue[] = [];
  if (d.eligibility?.onlineServiceUnavailable === 'no-card' && d.verification?.documentType === 'my-number-card') {
    out.push(makeIssue('verification.documentType', 'identity.no-card-but-card'));
  }
  return out;
}
