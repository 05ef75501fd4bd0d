// Earlier requests for the same account: which services they already took. Any
// request that was not discarded uses its services' one chance (delivered) or is on its way.
import type { CaseStatus, HistoryEntry } from './evaluate';
import { serviceIds, type ServiceId } from './services';

/** A request made earlier on this PC for the same UTokyo Account (cases:earlier-requests answers a list). */
export interface EarlierRequest {
  readonly caseId: string;
  readonly caseNumber: string | null;
  readonly finalizedAt: string | null;
  readonly services: readonly ServiceId[];
  readonly status: CaseStatus;
}

export function servicesTaken(earlier: readonly EarlierRequest[]): ServiceId[] {
  return serviceIds.filter((s) => earlier.some((e) => e.status !== 'discarded' && e.status !== 'closed-not-verified' && e.services.includes(s)));
}

/** The earlier requests as the history evaluateCase checks the once-per-service rule against. */
export function historyOf(account: string, earlier: readonly EarlierRequest[]): HistoryEntry[] {
  return earlier.map((e) => ({ utokyoAccount: account, services: e.services, status: e.status, caseNumber: e.caseNumber }));
}
