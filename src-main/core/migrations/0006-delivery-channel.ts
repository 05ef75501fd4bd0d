// 0006: the delivery channel. Outbox items get a kind (a request, or a
// signed correction notice that refers to one), the channel they go out on, the mail-form states
// awaiting-hand-off / handed-over with who, when and the desk's reference, the last undo of a
// hand-off, and a "retry now" pressed while a request was in flight. A case has one request item
// but any number of correction notices, so case_id is unique only among requests. The cases'
// status CHECK gains the two mail-form statuses. SQLite cannot change a CHECK in place: both
// tables are rebuilt (https://www.sqlite.org/lang_altertable.html#otheralter, the 12 steps; the
// runner turns foreign keys off around this migration and checks them before it commits).
import type Database from 'better-sqlite3-multiple-ciphers';
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

function rebuildCases(db: Database.Database): void {
  const columns = (db.prepare(`SELECT name FROM pragma_table_info('cases') ORDER BY cid`).pluck().all() as string[]).join(', ');
  db.exec(`
    CREATE TABLE cases_0006 (
      id TEXT PRIMARY KEY,
      status TEXT NOT NULL CHECK (status IN ('draft','finalized','awaiting-hand-off','handed-over','queued','sending','delivered','needs-attention','discarded')),
      input TEXT NOT NULL,
      search TEXT NOT NULL DEFAULT '',
      account_hash TEXT,
      services TEXT NOT NULL DEFAULT '[]',
      case_number TEXT UNIQUE,
      submission_id TEXT UNIQUE,
      department_code TEXT,
      case_year INTEGER,
      case_seq INTEGER,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      finalized_at TEXT,
      finalized_by TEXT,
      status_changed_at TEXT NOT NULL,
      delivered_at TEXT,
      discarded_at TEXT,
      purged_at TEXT
    ) STRICT;
    INSERT INTO cases_0006 (${columns}) SELECT ${columns} FROM cases;
    DROP TABLE cases;
    ALTER TABLE cases_0006 RENAME TO cases;
    CREATE INDEX cases_updated ON cases (updated_at);
    CREATE INDEX cases_status ON cases (status, updated_at);
    CREATE INDEX cases_account_hash ON cases (account_hash);
    CREATE UNIQUE INDEX cases_sequence ON cases (department_code, case_year, case_seq) WHERE case_seq IS NOT NULL;
  `);
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
