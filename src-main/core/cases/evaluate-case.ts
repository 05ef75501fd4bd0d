// cases.evaluate: every rule against today's Tokyo date, the configured department and the local
// history (the other cases for the same UTokyo Account, matched by keyed hash so that cases whose
// personal data was purged still count for the once-per-service rule).
import type { CaseView } from '../../../src-shared/core-api';
import { evaluateCase, normalizeAccount, type Evaluation, type HistoryEntry, type ServiceId } from '../../../src-shared/domain';
import type { CaseStore } from './case-store';

function historyFor(store: CaseStore, view: CaseView): HistoryEntry[] {
  const hash = store.accountHash(view.input);
  if (!hash) return [];
  const account = normalizeAccount(view.input.applicant?.utokyoAccount ?? '');
  return store.sql
    .history(hash, view.id)
    .map((h) => ({ utokyoAccount: account, services: JSON.parse(h.services) as ServiceId[], status: h.status, caseNumber: h.case_number }));
}

export function evaluateView(store: CaseStore, view: CaseView): Evaluation {
  const s = store.settings();
  return evaluateCase(view.input, {
    today: store.today(),
    departmentCode: s.department.code,
    history: historyFor(store, view),
    ...(s.studentNumberPattern ? { studentNumberPattern: s.studentNumberPattern } : {}),
  });
}
