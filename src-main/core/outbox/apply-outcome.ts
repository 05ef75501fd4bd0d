// The endpoint transitions of a flush: claim a batch (mark 'sending' before the requests leave, so
// a crash leaves them due again with the same bytes), check an item once more just before its
// request leaves, and apply an attempt's outcome. Each writes the outbox row (a request's state is
// its case's delivery status) and the audit entry in one transaction. A pass works from a snapshot,
// and a purge may run between its steps: every step re-reads the row, and what the purge made
// final stays final.
import { assertNever } from '../../../src-shared/assert-never';
import { backoffDelay } from './backoff';
import { deliveryErrors } from './delivery-errors';
import type { Attempted } from './group-recorder';
import { nowIso, type OutboxContext } from './outbox-context';
import type { OutboxRow } from './outbox-rows';

/**
 * Marks the batch's items 'sending', each as it is now: one no longer waiting is left alone; one
 * whose case was erased, or that was never signed, becomes final instead (nothing is ever sent
 * without its signed bytes, and it must not stay due).
 */
export function claim(o: OutboxContext, batch: readonly OutboxRow[]): void {
  const at = nowIso(o);
  o.core.db.transaction(() => {
    for (const { id } of batch) {
      if (o.rows.markSending(id, at)) continue;
      const row = o.rows.get(id);
      if (!row) continue;
      if (row.case_erased === 1) o.rows.settle(id, deliveryErrors.erased(), at);
      else if (row.jws === '' && o.rows.settle(id, deliveryErrors.unsigned(), at)) {
        o.core.audit({ action: 'needs-attention', operator: 'system', caseId: row.case_id, details: { caseNumber: row.case_number, submissionId: row.id, kind: row.kind, attempts: row.attempts, code: 'unsigned' } });
      }
    }
  })();
}

/** The item as it is now, when its request may leave: claimed by this pass, signed, its case not erased. */
export function sendable(o: OutboxContext, id: string): OutboxRow | null {
  const row = o.rows.get(id);
  return row && row.state === 'sending' && row.case_erased !== 1 && row.jws !== '' ? row : null;
}

/**
 * Apply one attempt's outcome. Returns true when the item should be tried again in this flush:
 * "retry now" was pressed while its request was in flight, so the wait the outcome asks for is
 * skipped instead of silently overriding the press. An item the purge erased while its request was
 * in flight keeps what the purge wrote, unless the desk received it: that is recorded, as it happened.
 */
export function applyOutcome(o: OutboxContext, { row, attempts, outcome }: Attempted): boolean {
  const at = nowIso(o);
  const { core, rows } = o;
  const details = { caseNumber: row.case_number, submissionId: row.id, kind: row.kind, attempts };
  const retryPressed = rows.get(row.id)?.retry_requested === 1;
  switch (outcome.kind) {
    case 'delivered':
      if (rows.markDelivered(row.id, outcome.receiptId, outcome.receivedAt, at)) {
        core.audit({ action: 'deliver', operator: 'system', caseId: row.case_id, details: { ...details, receiptId: outcome.receiptId } });
      }
      return false;
    case 'retry': {
      const delay = retryPressed ? 0 : outcome.afterMs ?? backoffDelay(attempts, o.random);
      return rows.markLaterAfterSend(row.id, core.now().getTime() + delay, outcome.error, at) && retryPressed;
    }
    case 'permanent':
      if (retryPressed) return rows.markLaterAfterSend(row.id, core.now().getTime(), outcome.error, at);
      if (rows.markAttention(row.id, outcome.error, at)) {
        core.audit({ action: 'needs-attention', operator: 'system', caseId: row.case_id, details: { ...details, code: outcome.error.code } });
      }
      return false;
    default:
      return assertNever(outcome, 'outcome');
  }
}
