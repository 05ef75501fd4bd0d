// Answers that end the counter route (SPEC §2): the case cannot go on, whatever else is typed.
// Each stop has a script for the applicant (messages: route.instead.<id>) that is honest about
// where they can go, following the seed page: the counter route is the exception for former
// students who cannot use the online identity service, so a stop never sends them back to it
// unless it is open to them.
import { servicesTaken, type EarlierRequest } from './earlier-requests';
import type { Evaluation } from './evaluate';
import { makeIssue, type Issue } from './issue';
import { serviceIds, type ServiceId } from './services';
import type { IssueCode } from '../messages/issues';

export const stopIds = ['not-student', 'wrong-faculty', 'expired', 'account-active', 'before-program', 'all-used'] as const;
export type StopId = (typeof stopIds)[number];

export interface Stop {
  readonly id: StopId;
  /** The finding, in the words staff read (which field, what is wrong). */
  readonly issue: Issue;
}

/** The findings that stop the case, most fundamental first (who may apply, where, when). */
const STOP_CODES: readonly (readonly [IssueCode, StopId])[] = [
  ['eligibility.not-student', 'not-student'],
  ['faculty.not-this-department', 'wrong-faculty'],
  ['eligibility.before-program', 'before-program'],
  ['window.expired', 'expired'],
  ['eligibility.account-active', 'account-active'],
];

const BOTH = { service: 'ECCSクラウドメール・OneDrive', serviceEn: 'ECCS Cloud Mail and OneDrive' };

/**
 * Every stop of a case: from its evaluation, from the applicant's declaration that both services
 * were used, and from the requests this PC already made for the account.
 */
export function stopsOf(evaluation: Pick<Evaluation, 'issues'>, priorUse: Partial<Record<ServiceId, boolean>>, earlier: readonly EarlierRequest[] = []): Stop[] {
  const out: Stop[] = [];
  for (const [code, id] of STOP_CODES) {
    const issue = evaluation.issues.find((i) => i.code === code);
    if (issue) out.push({ id, issue });
  }
  if (servicesTaken(earlier).length === serviceIds.length) {
    out.push({ id: 'all-used', issue: makeIssue('applicant.utokyoAccount', 'services.used-before', { ...BOTH, source: 'history' }) });
  } else if (serviceIds.every((s) => priorUse[s] === true)) {
    out.push({ id: 'all-used', issue: makeIssue('eligibility.priorUse', 'services.used-before', { ...BOTH, source: 'declared' }) });
  }
  return out;
}

/** Why a service cannot be requested any more, or null: declared used, or already requested on this PC. */
export function serviceUnavailable(service: ServiceId, priorUse: Partial<Record<ServiceId, boolean>>, earlier: readonly EarlierRequest[] = []): 'declared' | 'history' | null {
  if (priorUse[service] === true) return 'declared';
  return servicesTaken(earlier).includes(service) ? 'history' : null;
}
