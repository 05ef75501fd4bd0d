// Answers that end the counter route: shown on step 1 with the reason and what the applicant can
// do instead, and they keep the wizard from moving on.
import type { Evaluation, Issue } from '../../src-shared/core-api';
import type { UiKey } from '../../src-shared/messages/ui';
import { makeIssue } from '../../src-shared/domain';
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

export function stopReasons(values: CaseFormValues, evaluation: Evaluation): StopReason[] {
  const out: StopReason[] = [];
  for (const issue of evaluation.issues) {
    const instead = STOP_CODES[issue.code];
    if (instead && !out.some((s) => s.issue.code === issue.code)) out.push({ issue, instead });
  }
  const prior = values.eligibility.priorUse;
  if (prior['eccs-mail'] && prior.onedrive) {
    out.push({
      issue: makeIssue('eligibility.priorUse', 'services.used-before', { service: 'ECCSクラウドメール・OneDrive', serviceEn: 'ECCS Cloud Mail and OneDrive', source: 'declared' }),
      instead: 'route.instead.all-used',
    });
  }
  return out;
}
