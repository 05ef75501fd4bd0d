// 0006: the delivery channel. Outbox items get a kind (a request, or a
// signed correction notice that refers to one), the channel they go out on, the mail-form states
// awaiting-hand-off / handed-over with who, when and the desk's reference, the last undo of a
// hand-off, and a "retry now" pressed while a request was in flight. A case has one request item
// but any number of correction notices, so case_id is unique only among requests. The cases'
// status CHECK gains the two mail-form statuses. SQLite cannot change a CHECK in place: both
// tables are rebuilt (https://www.sqlite.org/lang_altertable.html#otheralter, the 12 steps; the
// runner turns foreign keys off around this migration and checks them before it commits).
import type Database from 'better-sqlite3-multiple-ciphers';
import { CASE_STATUSES_0002 } from './0002-cases';
import { CASES_COLUMNS_0002, CASES_INDEXES, checkedStatusColumn, rebuildCasesTable } from './cases-table';
import type { Migration } from './migration';

/** The outbox rebuild alone (also used by test/support/fake-core-context.ts, which has no cases table). */
export function rebuildOutbox0006(db: Database.Database): void {
  db.exec(`
    CREATE TABLE outbox_0006 (
      id                   TEXT PRIMARY KEY,  -- submission id (request) or amendment id (= Idempotency-Key)
      kind                 TEXT NOT NULL CHECK (kind IN ('request', 'amendment')),
      case_id              TEXT NOT NULL,
      case_number          TEXT NOT NULL,
      channel              TEXT NOT NULL CHECK (channel IN ('mail-form', 'endpoint')),
      amends_submission_id TEXT,              -- kind 'amendment': the corrected request
      state                TEXT NOT NULL CHECK (state IN ('awaiting-hand-off', 'handed-over', 'queued', 'sending', 'delivered', 'needs-attention')),
      jws                  TEXT NOT NULL,     -- the exact bytes sent or pasted, never rebuilt
      payload_sha256       TEXT NOT NULL,
      kid                  TEXT NOT NULL,
      attempts             INTEGER NOT NULL DEFAULT 0,
      next_attempt_at      INTEGER,           -- epoch ms; NULL unless queued/sending
      last_error           TEXT,
      receipt_id           TEXT,
      received_at          TEXT,
      handed_over_by       TEXT,
      handed_over_at       TEXT,
      hand_off_reference   TEXT,
      hand_off_recorded_at TEXT,              -- when staff confirmed it (the undo window is that Tokyo day)
      undone_by            TEXT,              -- the last undo of a hand-off (also in the audit trail)
      undone_at            TEXT,
      undo_reason          TEXT,
      retry_requested      INTEGER NOT NULL DEFAULT 0,  -- "retry now" pressed while the request was in flight
      queued_at            TEXT NOT NULL,
      updated_at           TEXT NOT NULL,
      CHECK ((kind = 'request') = (amends_submission_id IS NULL)),
      CHECK ((state = 'handed-over') = (handed_over_at IS NOT NULL))
    );
    INSERT INTO outbox_0006 (id, kind, case_id, case_number, channel, amends_submission_id, state, jws, payload_sha256, kid,
        attempts, next_attempt_at, last_error, receipt_id, received_at, queued_at, updated_at)
      SELECT id, 'request', case_id, case_number, 'endpoint', NULL, state, jws, payload_sha256, kid,
        attempts, next_attempt_at, last_error, receipt_id, received_at, queued_at, updated_at FROM outbox;
    DROP TABLE outbox;
    ALTER TABLE outbox_0006 RENAME TO outbox;
    CREATE UNIQUE INDEX outbox_one_request ON outbox (case_id) WHERE kind = 'request';
    CREATE INDEX outbox_case ON outbox (case_id);
    CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
  `);
}

/** The statuses 0006 allows: 0002's with the two mail-form statuses after 'finalized'. */
const CASE_STATUSES_0006 = ['draft', 'finalized', 'awaiting-hand-off', 'handed-over', ...CASE_STATUSES_0002.slice(2)];

function rebuildCases(db: Database.Database): void {
  rebuildCasesTable(db, {
    tag: '0006',
    columns: ['id TEXT PRIMARY KEY', checkedStatusColumn(CASE_STATUSES_0006), ...CASES_COLUMNS_0002],
    indexes: Object.values(CASES_INDEXES),
  });
}

export const m0006: Migration = {
  version: 6,
  name: '0006-delivery-channel',
  rebuildsTables: true,
  up(db) {
    rebuildOutbox0006(db);
    rebuildCases(db);
  },
};
