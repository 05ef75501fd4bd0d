// Answers that end the counter route (stopsOf in the domain), each with the script for the
// applicant: shown on step 1 and first on the review, and they keep the wizard from moving on.
import type { EarlierRequest, Evaluation, Issue } from '../../../src-shared/core-api';
import type { UiKey } from '../../../src-shared/messages/ui';
import { stopsOf, type StopId } from '../../../src-shared/domain';
import type { CaseFormValues } from './case-form';

export interface StopReason {
  readonly issue: Issue;
  readonly instead: UiKey;
}

const SCRIPT: Record<StopId, UiKey> = {
  'not-student': 'route.instead.not-student',
  'wrong-faculty': 'route.instead.wrong-faculty',
  expired: 'route.instead.expired',
  'account-active': 'route.instead.account-active',
  'before-program': 'route.instead.before-program',
  'all-used': 'route.instead.all-used',
};

export function stopReasons(values: CaseFormValues, evaluation: Evaluation, earlier: readonly EarlierRequest[] = []): StopReason[] {
  return stopsOf(evaluation, values.eligibility.priorUse, earlier).map((s) => ({ issue: s.issue, instead: SCRIPT[s.id] }));
}
