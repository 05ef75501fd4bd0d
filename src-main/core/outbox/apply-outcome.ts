// The endpoint transitions of a flush: claim a batch (mark 'sending' before the requests leave, so
// a crash leaves them due again with the same bytes) and apply an attempt's outcome. Each writes
// the outbox row (a request's state is its case's delivery status) and the audit entry in one transaction.
import { assertNever } from '../../../src-shared/assert-never';
import { backoffDelay } from './backoff';
import type { Attempted } from './group-recorder';
import { nowIso, type OutboxContext } from './outbox-context';
import type { OutboxRow } from './outbox-rows';

export function claim(o: OutboxContext, batch: readonly OutboxRow[]): void {
  const at = nowIso(o);
  o.core.db.transaction(() => {
    for (const row of batch) {
      o.rows.markSending(row.id, at);
    }
  })();
}

/**
 * Apply one attempt's outcome. Returns true when the item should be tried again in this flush:
 * "retry now" was pressed while its request was in flight, so the wait the outcome asks for is
 * skipped instead of silently overriding the press.
 */
export function applyOutcome(o: OutboxContext, { row, attempts, outcome }: Attempted): boolean {
  const at = nowIso(o);
  const { core, rows } = o;
  const details = { caseNumber: row.case_number, submissionId: row.id, kind: row.kind, attempts };
  const retryPressed = rows.get(row.id)?.retry_requested === 1;
  switch (outcome.kind) {
    case 'delivered':
      rows.markDelivered(row.id, outcome.receiptId, outcome.receivedAt, at);
      core.audit({ action: 'deliver', operator: 'system', caseId: row.case_id, details: { ...details, receiptId: outcome.receiptId } });
      return false;
    case 'retry': {
      const delay = retryPressed ? 0 : outcome.afterMs ?? backoffDelay(attempts, o.random);
      rows.markLater(row.id, core.now().getTime() + delay, outcome.error, at);
      return retryPressed;
    }
    case 'permanent':
      if (retryPressed) {
        rows.markLater(row.id, core.now().getTime(), outcome.error, at);
        return true;
      }
      rows.markAttention(row.id, outcome.error, at);
      core.audit({ action: 'needs-attention', operator: 'system', caseId: row.case_id, details: { ...details, code: outcome.error.code } });
      return false;
    default:
      return assertNever(outcome, 'outcome');
  }
}
