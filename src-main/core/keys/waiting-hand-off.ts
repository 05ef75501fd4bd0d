// After a key rotation: the outbox items signed with a retired key and not yet handed over or
// delivered. The desk accepts a retired key's signature only within its grace period after the
// retirement, so staff are told which items are still waiting (case number, request or correction).
import type { OutboxKind, OutboxState, WaitingHandOver } from '../../../src-shared/core-api';
import type { CoreContext } from '../context';

const WAITING: readonly OutboxState[] = ['awaiting-hand-off', 'queued', 'sending', 'needs-attention'];

export function waitingHandOver(ctx: CoreContext): WaitingHandOver[] {
  const rows = ctx.db.prepare(`
    SELECT o.case_number AS caseNumber, o.kind AS kind, o.state AS state FROM outbox o
    JOIN department_keys k ON k.kid = o.kid
    WHERE k.retired_at IS NOT NULL AND o.state IN (${WAITING.map(() => '?').join(', ')})
    ORDER BY o.queued_at, o.id`).all(...WAITING) as { caseNumber: string; kind: OutboxKind; state: OutboxState }[];
  return rows.map((r) => ({ caseNumber: r.caseNumber, kind: r.kind, state: r.state }));
}
