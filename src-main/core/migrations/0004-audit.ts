// 0004: the hash-chained audit trail. Append-only; personal values appear only as HMAC-SHA-256.
import type { Migration } from './migration';

export const m0004: Migration = {
  version: 4,
  name: '0004-audit',
  up(db) {
    db.exec(`
      CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        operator TEXT NOT NULL,
        case_id TEXT,
        details TEXT NOT NULL,
        personal TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_case ON audit (case_id);
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    `);
  },
};
