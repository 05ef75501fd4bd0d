// 0003: amendments to finalized cases. Append-only: the database itself refuses updates, and
// deletes unless the case's personal data has been purged by retention.
import type { Migration } from './migration';

export const m0003: Migration = {
  version: 3,
  name: '0003-amendments',
  up(db) {
    db.exec(`
      CREATE TABLE amendments (
        case_id TEXT NOT NULL REFERENCES cases (id),
        seq INTEGER NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL,
        reason TEXT NOT NULL,
        by TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (case_id, seq)
      ) STRICT;
      CREATE TRIGGER amendments_append_only BEFORE UPDATE ON amendments
      BEGIN SELECT RAISE(ABORT, 'amendments are append-only'); END;
      CREATE TRIGGER amendments_keep_until_purged BEFORE DELETE ON amendments
      WHEN (SELECT purged_at FROM cases WHERE id = OLD.case_id) IS NULL
      BEGIN SELECT RAISE(ABORT, 'amendments are kept until the case is purged'); END;
    `);
  },
};
