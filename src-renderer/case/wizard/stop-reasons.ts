// Answers that end the counter route: shown on step 1 with the reason and what the applicant can
// do instead, and they keep the wizard from moving on.
import type { EarlierRequest, Evaluation, Issue } from '../../../src-shared/core-api';
import type { UiKey } from '../../../src-shared/messages/ui';
import { makeIssue, serviceIds, servicesTaken } from '../../../src-shared/domain';
import type { CaseFormValues } from './case-form';

export interface StopReason {
  readonly issue: Issue;
  readonly instead: UiKey;
}

const STOP_CODES: Partial<Record<Issue['code'], UiKey>> = {
  'eligibility.not-student': 'route.instead.not-student',
  'window.expired': 'route.instead.expired',
  'eligibility.account-active': 'route.instead.active',
  'eligibility.before-program': 'route.instead.before-program',
};

export function stopReasons(values: CaseFormValues, evaluation: Evaluation, earlier: readonly EarlierRequest[] = []): StopReason[] {
  const out: StopReason[] = [];
  for (const issue of evaluation.issues) {
    const instead = STOP_CODES[issue.code];
    if (instead && !out.some((s) => s.issue.code === issue.code)) out.push({ issue, instead });
  }
  const prior = values.eligibility.priorUse;
  const taken = servicesTaken(earlier);
  // Every service already requested on this PC: nothing is left to request.
  if (taken.length === serviceIds.length) {
    out.push({
      issue: makeIssue('applicant.utokyoAccount', 'services.used-before', { service: 'ECCSクラウドメール・OneDrive', serviceEn: 'ECCS Cloud Mail and OneDrive', source: 'history' }),
      instead: 'route.instead.all-used',
    });
  } else if (prior['eccs-mail'] && prior.onedrive) {
    out.push({
      issue: makeIssue('eligibility.priorUse', 'services.used-before', { service: 'ECCSクラウドメール・OneDrive', serviceEn: 'ECCS Cloud Mail and OneDrive', source: 'declared' }),
      instead: 'route.instead.all-used',
    });
  }
  return out;
}
