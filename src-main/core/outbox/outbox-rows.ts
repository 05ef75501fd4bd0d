// The outbox table (migrations 0005, 0006, 0009) as OutboxItems. Synchronous better-sqlite3 calls,
// so each state change and its audit entry share one transaction. A request's state is also its
// case's delivery status (derived in cases/case-sql.ts, never copied).
import type Database from 'better-sqlite3-multiple-ciphers';
import type { DeliveryChannel, OutboxItem, OutboxKind, OutboxState } from '../../../src-shared/core-api';
import { ERASED_CODE, type DeliveryError } from './delivery-errors';
import { handOverUndoableUntil } from './tokyo-day';

export interface OutboxRow {
  id: string;
  kind: OutboxKind;
  case_id: string;
  case_number: string;
  channel: DeliveryChannel;
  amends_submission_id: string | null;
  state: OutboxState;
  jws: string;
  payload_sha256: string;
  kid: string;
  attempts: number;
  next_attempt_at: number | null;
  last_error: string | null;
  receipt_id: string | null;
  received_at: string | null;
  /** When this PC recorded the delivery (retention of a delivered case counts from it). */
  delivered_at: string | null;
  handed_over_by: string | null;
  handed_over_at: string | null;
  hand_off_reference: string | null;
  hand_off_recorded_at: string | null;
  retry_requested: number;
  /** 1 when retention erased the item's case (read with the rows that become OutboxItems). */
  case_erased?: number;
  queued_at: string;
  updated_at: string;
}

export function toItem(r: OutboxRow, now: Date): OutboxItem {
  const handedOver = r.state === 'handed-over' && r.handed_over_at !== null
    ? { by: r.handed_over_by ?? '', at: r.handed_over_at, reference: r.hand_off_reference } : null;
  return {
    id: r.id,
    caseId: r.case_id,
    caseNumber: r.case_number,
    kind: r.kind,
    channel: r.channel,
    amendsSubmissionId: r.amends_submission_id,
    state: r.state,
    handedOver,
    handOverUndoableUntil: handedOver ? handOverUndoableUntil(r.hand_off_recorded_at ?? handedOver.at, now) : null,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at === null ? null : new Date(r.next_attempt_at).toISOString(),
    lastError: r.last_error === null ? null : (JSON.parse(r.last_error) as DeliveryError),
    receiptId: r.receipt_id,
    receivedAt: r.received_at,
    payloadSha256: r.payload_sha256,
    queuedAt: r.queued_at,
    erased: r.case_erased === 1,
  };
}

export interface NewRow {
  id: string;
  kind: OutboxKind;
  caseId: string;
  caseNumber: string;
  channel: DeliveryChannel;
  amends: string | null;
  jws: string;
  sha: string;
  kid: string;
  at: string;
  /** Epoch ms the first attempt is due (endpoint channel only). */
  due: number;
}

const ENDPOINT_PENDING = `channel = 'endpoint' AND state IN ('queued', 'sending')`;
/** Every outbox column and whether the item's case was erased (OutboxRow.case_erased). */
const WITH_ERASED = `outbox.*, EXISTS (SELECT 1 FROM cases c WHERE c.id = outbox.case_id AND c.purged_at IS NOT NULL) AS case_erased FROM outbox`;

/** The item's case still holds its personal data (retention has not erased it). */
const CASE_LIVE = `NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = outbox.case_id AND c.purged_at IS NOT NULL)`;
/**
 * An attempt's outcome is written only over the row its claim left: still 'sending' and its case
 * not erased. A purge meanwhile made the item final (needs-attention, erased) and that stays.
 */
const STILL_SENDING = `state = 'sending' AND ${CASE_LIVE}`;
/** A delivery did happen: it is recorded even when the purge erased the item while it was in flight. */
const SENT_OR_ERASED_IN_FLIGHT = `(${STILL_SENDING} OR (state = 'needs-attention'
  AND coalesce(CASE WHEN json_valid(last_error) THEN json_extract(last_error, '$.code') END, '') = '${ERASED_CODE}'))`;

// A correction notice follows its request: it is not sent before the desk has that request.
const REQUEST_LEFT = `(kind = 'request' OR amends_submission_id IN (SELECT r.id FROM outbox r WHERE r.state IN ('delivered', 'handed-over')))`;

export function outboxRows(db: Database.Database) {
  const byId = db.prepare(`SELECT ${WITH_ERASED} WHERE id = ?`);
  const requestOf = db.prepare(`SELECT ${WITH_ERASED} WHERE case_id = ? AND kind = 'request'`);
  // Newest first; rowid keeps a notice after its request when both were queued in the same millisecond.
  const all = db.prepare(`SELECT ${WITH_ERASED} ORDER BY queued_at DESC, rowid DESC`);
  const due = db.prepare(`SELECT * FROM outbox WHERE ${ENDPOINT_PENDING} AND ${REQUEST_LEFT} AND next_attempt_at <= ? ORDER BY next_attempt_at, queued_at, rowid LIMIT ?`);
  const pending = db.prepare(`SELECT * FROM outbox WHERE ${ENDPOINT_PENDING}`);
  // What 今すぐすべて送信 can send now: a notice whose request has not left yet waits for it.
  const queued = db.prepare(`SELECT * FROM outbox WHERE channel = 'endpoint' AND state = 'queued' AND ${REQUEST_LEFT} ORDER BY queued_at, rowid`);
  const nextDue = db.prepare(`SELECT min(next_attempt_at) AS at FROM outbox WHERE ${ENDPOINT_PENDING} AND ${REQUEST_LEFT}`);
  const insert = db.prepare(`INSERT INTO outbox (id, kind, case_id, case_number, channel, amends_submission_id, state, jws, payload_sha256, kid, attempts, next_attempt_at, queued_at, updated_at)
    VALUES (@id, @kind, @caseId, @caseNumber, @channel, @amends,
      CASE @channel WHEN 'endpoint' THEN 'queued' ELSE 'awaiting-hand-off' END,
      @jws, @sha, @kid, 0, CASE @channel WHEN 'endpoint' THEN @due ELSE NULL END, @at, @at)`);
  // Claimed only while still waiting, signed and its case not erased (the pass's list is a snapshot).
  const sending = db.prepare(`UPDATE outbox SET state = 'sending', attempts = attempts + 1, retry_requested = 0, updated_at = ?
    WHERE id = ? AND ${ENDPOINT_PENDING} AND jws <> '' AND ${CASE_LIVE}`);
  const delivered = db.prepare(`UPDATE outbox SET state = 'delivered', next_attempt_at = NULL, last_error = NULL, retry_requested = 0, receipt_id = ?, received_at = ?, delivered_at = ?, updated_at = ?
    WHERE id = ? AND ${SENT_OR_ERASED_IN_FLIGHT}`);
  // Items migration 0009 added for finalized cases that had none: signed once the key is at hand.
  // Every open asks: its partial index (migration 0011, whose WHERE this one repeats word for word)
  // answers, not a scan of every item with its signed request.
  const unsigned = db.prepare(`SELECT * FROM outbox WHERE kid = '' AND jws = '' AND kind = 'request' ORDER BY queued_at, id`);
  const signed = db.prepare(`UPDATE outbox SET jws = ?, payload_sha256 = ?, kid = ?, updated_at = ? WHERE id = ? AND kid = ''`);
  const later = db.prepare(`UPDATE outbox SET state = 'queued', next_attempt_at = ?, last_error = ?, retry_requested = 0, updated_at = ? WHERE id = ?`);
  const laterAfterSend = db.prepare(`UPDATE outbox SET state = 'queued', next_attempt_at = ?, last_error = ?, retry_requested = 0, updated_at = ? WHERE id = ? AND ${STILL_SENDING}`);
  const attention = db.prepare(`UPDATE outbox SET state = 'needs-attention', next_attempt_at = NULL, last_error = ?, updated_at = ? WHERE id = ? AND ${STILL_SENDING}`);
  // An item a pass found it cannot send (erased or never signed): final, so it is not due again.
  const settle = db.prepare(`UPDATE outbox SET state = 'needs-attention', next_attempt_at = NULL, last_error = ?, updated_at = ? WHERE id = ? AND ${ENDPOINT_PENDING}`);
  const note = db.prepare(`UPDATE outbox SET last_error = ?, updated_at = ? WHERE id = ?`);
  const retryRequested = db.prepare(`UPDATE outbox SET retry_requested = 1, updated_at = ? WHERE id = ? AND state = 'sending'`);
  const handedOver = db.prepare(`UPDATE outbox SET state = 'handed-over', handed_over_by = ?, handed_over_at = ?, hand_off_reference = ?, hand_off_recorded_at = ?, updated_at = ? WHERE id = ? AND state = 'awaiting-hand-off'`);
  const undone = db.prepare(`UPDATE outbox SET state = 'awaiting-hand-off', handed_over_by = NULL, handed_over_at = NULL, hand_off_reference = NULL, hand_off_recorded_at = NULL,
    undone_by = ?, undone_at = ?, undo_reason = ?, updated_at = ? WHERE id = ? AND state = 'handed-over'`);
  const toEndpoint = db.prepare(`UPDATE outbox SET channel = 'endpoint', state = 'queued', next_attempt_at = ?, updated_at = ? WHERE id = ? AND state = 'awaiting-hand-off'`);
  const dueNow = db.prepare(`UPDATE outbox SET next_attempt_at = ?, updated_at = ? WHERE id = ? AND state = 'queued'`);
  const purgedAt = db.prepare<[string], string | null>('SELECT purged_at FROM cases WHERE id = ?').pluck();
  return {
    get: (id: string) => byId.get(id) as OutboxRow | undefined,
    /** An item by its id, or the request of a case by the case id (the UI knows either). */
    find: (id: string) => (byId.get(id) ?? requestOf.get(id)) as OutboxRow | undefined,
    requestOf: (caseId: string) => requestOf.get(caseId) as OutboxRow | undefined,
    all: () => all.all() as OutboxRow[],
    due: (now: number, limit: number) => due.all(now, limit) as OutboxRow[],
    pending: () => pending.all() as OutboxRow[],
    queued: () => queued.all() as OutboxRow[],
    nextDue: () => (nextDue.get() as { at: number | null }).at,
    insert: (v: NewRow) => insert.run(v),
    /** False when the item is no longer waiting, not signed, or its case was erased. */
    markSending: (id: string, at: string) => sending.run(at, id).changes === 1,
    /** False when the item was no longer in flight (the outcome is not written). */
    markDelivered: (id: string, receiptId: string, receivedAt: string, at: string) => delivered.run(receiptId, receivedAt, at, at, id).changes === 1,
    unsigned: () => unsigned.all() as OutboxRow[],
    setSigned: (id: string, jws: string, sha: string, kid: string, at: string) => signed.run(jws, sha, kid, at, id).changes === 1,
    markLater: (id: string, nextAt: number, error: DeliveryError | null, at: string) => later.run(nextAt, error === null ? null : JSON.stringify(error), at, id),
    /** An attempt's "try again later"; false when the item was no longer in flight. */
    markLaterAfterSend: (id: string, nextAt: number, error: DeliveryError, at: string) => laterAfterSend.run(nextAt, JSON.stringify(error), at, id).changes === 1,
    /** An attempt's permanent failure; false when the item was no longer in flight. */
    markAttention: (id: string, error: DeliveryError, at: string) => attention.run(JSON.stringify(error), at, id).changes === 1,
    settle: (id: string, error: DeliveryError, at: string) => settle.run(JSON.stringify(error), at, id).changes === 1,
    note: (id: string, error: DeliveryError, at: string) => note.run(JSON.stringify(error), at, id),
    requestRetry: (id: string, at: string) => retryRequested.run(at, id).changes === 1,
    markHandedOver: (id: string, by: string, handedAt: string, reference: string | null, at: string) => handedOver.run(by, handedAt, reference, at, at, id).changes === 1,
    undoHandOver: (id: string, by: string, reason: string, at: string) => undone.run(by, at, reason, at, id).changes === 1,
    moveToEndpoint: (id: string, dueAt: number, at: string) => toEndpoint.run(dueAt, at, id).changes === 1,
    makeDue: (id: string, dueAt: number, at: string) => dueNow.run(dueAt, at, id).changes === 1,
    /** When retention erased the item's case (null: not erased). */
    casePurgedAt: (caseId: string) => purgedAt.get(caseId) ?? null,
  };
}
export type OutboxRows = ReturnType<typeof outboxRows>;
