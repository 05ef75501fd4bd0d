// A case as cases.list gives it (its list row), made from the full case: for the fakes and
// fixtures of tests that hold whole cases.
import type { CaseSummary, CaseView } from '../../src-shared/core-api';

export function listRowOf(c: CaseView): CaseSummary {
  return {
    id: c.id,
    status: c.status,
    caseNumber: c.caseNumber,
    name: c.input.applicant?.name ?? '',
    updatedAt: c.updatedAt,
    purgedAt: c.purgedAt,
    accountExpiry: c.accountExpiry,
    deadline: c.deadline,
    daysLeft: c.daysLeft,
  };
}
