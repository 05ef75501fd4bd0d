// What every outbox transition shares: the core context, the outbox rows, the options, and the
// hooks that tell the world about a change (the notifier) and wake the scheduler.
import type { OutboxItem } from '../../../src-shared/core-api';
import type { CoreContext } from '../context';
import { purgedCase } from '../cases/case-errors';
import { CoreError } from '../errors';
import type { SigningKey } from '../keys';
import { toItem, type OutboxRow, type OutboxRows } from './outbox-rows';

export interface OutboxContext {
  readonly core: CoreContext;
  readonly rows: OutboxRows;
  readonly timeoutMs: number;
  readonly concurrency: number;
  readonly random: () => number;
  /** The department's current key, to sign inside a transaction. */
  readonly signingKey: () => SigningKey;
  /** Something changed: listeners hear about it (coalesced). */
  changed(): void;
  /** Something became due: re-arm the scheduler's timer (if it runs). */
  arm(): void;
}

export const nowIso = (o: OutboxContext): string => o.core.now().toISOString();
export const itemOf = (o: OutboxContext, row: OutboxRow): OutboxItem => toItem(row, o.core.now());
export const listItems = (o: OutboxContext): OutboxItem[] => o.rows.all().map((r) => itemOf(o, r));

export const notFound = (id: string): CoreError => new CoreError('not-found', {
  ja: `送信箱に ${id} がありません。`, en: `There is no outbox item ${id}.`,
});

/** The row of an item id (or of a case's request, by case id); CoreError('not-found') otherwise. */
export function requireRow(o: OutboxContext, id: string): OutboxRow {
  const row = o.rows.find(id);
  if (!row) throw notFound(id);
  return row;
}

/**
 * The row of an item whose case still holds its personal data. An erased case takes nothing more:
 * no hand-off record or reason, no copy or form with its text, no new request (CoreError 'purged').
 */
export function requireLiveRow(o: OutboxContext, id: string, action: { ja: string; en: string }): OutboxRow {
  const row = requireRow(o, id);
  if (o.rows.casePurgedAt(row.case_id) !== null) throw purgedCase(action);
  return row;
}

/** The row as it is after a transition (it exists: the transition just wrote it). */
export const reread = (o: OutboxContext, id: string): OutboxItem => itemOf(o, o.rows.get(id) as OutboxRow);
