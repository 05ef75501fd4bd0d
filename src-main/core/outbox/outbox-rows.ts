// The outbox table (migration 0005) as OutboxItems. Synchronous better-sqlite3 calls, so each
// state change and its case status and audit entry can share one transaction.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { OutboxItem, OutboxState } from '../../../src-shared/core-api';
import type { DeliveryError } from './delivery-errors';

export interface OutboxRow {
  id: string;
  case_id: string;
  case_number: string;
  state: OutboxState;
  jws: string;
  payload_sha256: string;
  kid: string;
  attempts: number;
  next_attempt_at: number | null;
  last_error: string | null;
  receipt_id: string | null;
  received_at: string | null;
  queued_at: string;
  updated_at: string;
}

export function toItem(r: OutboxRow): OutboxItem {
  return {
    id: r.id,
    caseId: r.case_id,
    caseNumber: r.case_number,
    state: r.state,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at === null ? null : new Date(r.next_attempt_at).toISOString(),
    lastError: r.last_error === null ? null : (JSON.parse(r.last_error) as DeliveryError),
    receiptId: r.receipt_id,
    receivedAt: r.received_at,
    payloadSha256: r.payload_sha256,
    queuedAt: r.queued_at,
  };
}

export function outboxRows(db: Database.Database) {
  const byId = db.prepare('SELECT * FROM outbox WHERE id = ?');
  const byCase = db.prepare('SELECT * FROM outbox WHERE case_id = ?');
  const all = db.prepare('SELECT * FROM outbox ORDER BY queued_at DESC, id');
  const due = db.prepare(`SELECT * FROM outbox WHERE state IN ('queued', 'sending') AND next_attempt_at <= ? ORDER BY next_attempt_at, queued_at LIMIT ?`);
  const pending = db.prepare(`SELECT * FROM outbox WHERE state IN ('queued', 'sending')`);
  const nextDue = db.prepare(`SELECT min(next_attempt_at) AS at FROM outbox WHERE state IN ('queued', 'sending')`);
  const insert = db.prepare(`INSERT INTO outbox (id, case_id, case_number, state, jws, payload_sha256, kid, attempts, next_attempt_at, queued_at, updated_at)
    VALUES (@id, @caseId, @caseNumber, 'queued', @jws, @sha, @kid, 0, @due, @at, @at)`);
  const sending = db.prepare(`UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ?`);
  const delivered = db.prepare(`UPDATE outbox SET state = 'delivered', next_attempt_at = NULL, last_error = NULL, receipt_id = ?, received_at = ?, updated_at = ? WHERE id = ?`);
  const later = db.prepare(`UPDATE outbox SET state = 'queued', next_attempt_at = ?, last_error = ?, updated_at = ? WHERE id = ?`);
  const attention = db.prepare(`UPDATE outbox SET state = 'needs-attention', next_attempt_at = NULL, last_error = ?, updated_at = ? WHERE id = ?`);
  const note = db.prepare(`UPDATE outbox SET last_error = ?, updated_at = ? WHERE id = ?`);
  return {
    get: (id: string) => (byId.get(id) ?? byCase.get(id)) as OutboxRow | undefined,
    byCase: (caseId: string) => byCase.get(caseId) as OutboxRow | undefined,
    all: () => all.all() as OutboxRow[],
    due: (now: number, limit: number) => due.all(now, limit) as OutboxRow[],
    pending: () => pending.all() as OutboxRow[],
    nextDue: () => (nextDue.get() as { at: number | null }).at,
    insert: (v: { id: string; caseId: string; caseNumber: string; jws: string; sha: string; kid: string; due: number; at: string }) => insert.run(v),
    markSending: (id: string, at: string) => sending.run(at, id),
    markDelivered: (id: string, receiptId: string, receivedAt: string, at: string) => delivered.run(receiptId, receivedAt, at, id),
    markLater: (id: string, nextAt: number, error: DeliveryError | null, at: string) => later.run(nextAt, error === null ? null : JSON.stringify(error), at, id),
    markAttention: (id: string, error: DeliveryError, at: string) => attention.run(JSON.stringify(error), at, id),
    note: (id: string, error: DeliveryError, at: string) => note.run(JSON.stringify(error), at, id),
  };
}
export type OutboxRows = ReturnType<typeof outboxRows>;
