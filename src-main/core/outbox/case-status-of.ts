// The one place that maps an outbox state to the status of its case. Only a
// request mirrors its state on the case: a correction notice is an extra item and never moves it.
import type { OutboxState } from '../../../src-shared/core-api';
import type { CaseStatus } from '../../../src-shared/domain';
import type { OutboxContext } from './outbox-context';
import type { OutboxRow } from './outbox-rows';

export const CASE_STATUS_OF: Readonly<Record<OutboxState, CaseStatus>> = {
  'awaiting-hand-off': 'awaiting-hand-off',
  'handed-over': 'handed-over',
  queued: 'queued',
  sending: 'sending',
  delivered: 'delivered',
  'needs-attention': 'needs-attention',
};

/** Call inside the transaction that moved `row` to `state`. */
export function mirrorOnCase(o: OutboxContext, row: Pick<OutboxRow, 'kind' | 'case_id'>, state: OutboxState): void {
  if (row.kind === 'request') o.core.setCaseStatus(row.case_id, CASE_STATUS_OF[state]);
}
