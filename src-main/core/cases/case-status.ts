// Outbox-driven status changes (CoreContext.setCaseStatus): finalized → awaiting-hand-off →
// handed-over (mail form; undone the same day back to awaiting-hand-off, or queued after a switch
// to the endpoint), or finalized → queued → sending → delivered | needs-attention, with retries back to queued. The delivery time starts retention.
import type { CaseStatus } from '../../../src-shared/domain';
import { CoreError } from '../errors';
import { parseId } from './arguments';
import type { CaseStore } from './case-store';

/** Every status change the outbox may make (the fake test context uses the same table). */
export const CASE_TRANSITIONS: Partial<Record<CaseStatus, readonly CaseStatus[]>> = {
  finalized: ['queued', 'awaiting-hand-off'],
  'awaiting-hand-off': ['handed-over', 'queued'],
  'handed-over': ['awaiting-hand-off'],
  queued: ['sending', 'delivered', 'needs-attention'],
  sending: ['queued', 'delivered', 'needs-attention'],
  'needs-attention': ['queued', 'sending'],
};

export function setCaseStatus(store: CaseStore, id: string, status: CaseStatus): void {
  const r = store.row(parseId(id));
  if (r.status === status) return;
  if (!CASE_TRANSITIONS[r.status]?.includes(status)) {
    throw new CoreError('invalid-state', {
      ja: `案件の状態を「${r.status}」から「${status}」に変更できません。`,
      en: `A case cannot move from ${r.status} to ${status}.`,
    });
  }
  const at = store.now().toISOString();
  store.db.prepare(
    `UPDATE cases SET status = @status, status_changed_at = @at, updated_at = @at,
       delivered_at = CASE WHEN @status = 'delivered' THEN @at ELSE delivered_at END WHERE id = @id`,
  ).run({ id: r.id, status, at });
  store.cache.forget(r.id);
}
