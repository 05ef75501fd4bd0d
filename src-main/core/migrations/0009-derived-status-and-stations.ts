// 0009: a case's delivery status is derived from its request in the outbox, every finalized case
// has its hand-off item, and every installation has a station code for its case numbers.
// - `cases.status` keeps only the case's lifecycle (draft, finalized, discarded); the copies of the
//   outbox state written there are folded back to 'finalized' where the case has its request item,
//   and the status CHECK goes (a new status no longer means rebuilding the table). The delivery
//   time moves to the outbox (`outbox.delivered_at`), where the delivery is recorded. SQLite cannot
//   drop a CHECK or a column in place: the table is rebuilt
//   (https://www.sqlite.org/lang_altertable.html#otheralter; the runner checks foreign keys).
// - A finalized case that has no request item (it was finalized before finalize created one) gets
//   an awaiting-hand-off item on the mail form, never a queued one: only cases still recorded as
//   plain 'finalized' (never handed over or delivered), with their personal data (not purged). Its
//   JWS is signed when the core opens with the key (outbox/request-item.ts: kid '' until then).
// - meta 'station-code': three characters from an alphabet without look-alikes (no 0/O, 1/I/L,
//   2/Z, 5/S, 8/B), random per installation, never from the department profile (which every PC of
//   a department shares).
import { randomInt } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { FINALIZED_FACTS_COLUMNS } from './0007-finalized-facts';
import { CASES_COLUMNS_0002, CASES_INDEXES, rebuildCasesTable } from './cases-table';
import type { Migration } from './migration';

export const STATION_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const STATION_CODE_LENGTH = 3;

export function newStationCode(): string {
  return Array.from({ length: STATION_CODE_LENGTH }, () => STATION_ALPHABET[randomInt(STATION_ALPHABET.length)]).join('');
}

function addMissingItems(db: Database.Database): void {
  const at = new Date().toISOString();
  db.prepare(`
    INSERT INTO outbox (id, kind, case_id, case_number, channel, amends_submission_id, state, jws, payload_sha256, kid, attempts, queued_at, updated_at)
    SELECT c.submission_id, 'request', c.id, c.case_number, 'mail-form', NULL, 'awaiting-hand-off', '', '', '', 0, @at, @at
    FROM cases c
    WHERE c.status = 'finalized' AND c.case_number IS NOT NULL AND c.submission_id IS NOT NULL AND c.purged_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.case_id = c.id AND o.kind = 'request')
    ORDER BY c.finalized_at, c.rowid
  `).run({ at });
}

const LIFECYCLE_STATUS = {
  sql: 'status TEXT NOT NULL',
  note: "lifecycle: draft, finalized, discarded (delivery status: the request's outbox state)",
};

/** The status column loses its CHECK, delivered_at goes and the status index with it. */
function rebuildCases(db: Database.Database): void {
  rebuildCasesTable(db, {
    tag: '0009',
    columns: ['id TEXT PRIMARY KEY', LIFECYCLE_STATUS, ...CASES_COLUMNS_0002.filter((c) => !c.startsWith('delivered_at ')), ...FINALIZED_FACTS_COLUMNS],
    indexes: [CASES_INDEXES.updated, CASES_INDEXES.accountHash, CASES_INDEXES.sequence],
    dropped: ['delivered_at'],
  });
}

export const m0009: Migration = {
  version: 9,
  name: '0009-derived-status-and-stations',
  rebuildsTables: true,
  up(db) {
    db.exec(`
      ALTER TABLE outbox ADD COLUMN delivered_at TEXT;
      UPDATE outbox SET delivered_at = coalesce(
        (SELECT c.delivered_at FROM cases c WHERE c.id = outbox.case_id AND outbox.kind = 'request'), updated_at)
      WHERE state = 'delivered';
    `);
    addMissingItems(db);
    // The copy of the request's state goes; a case without a request item keeps what it recorded.
    db.exec(`
      UPDATE cases SET status = 'finalized'
      WHERE status NOT IN ('draft', 'finalized', 'discarded')
        AND EXISTS (SELECT 1 FROM outbox o WHERE o.case_id = cases.id AND o.kind = 'request');
    `);
    rebuildCases(db);
    db.prepare(`INSERT OR IGNORE INTO meta (key, value) VALUES ('station-code', ?)`).run(newStationCode());
  },
};
