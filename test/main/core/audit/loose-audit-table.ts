// Test helper: the audit table declared again as the database holder could: the same rows, but
// not STRICT and with an untyped `at`, so any value can be stored there.
import type Database from 'better-sqlite3-multiple-ciphers';

/** The audit table declared again as an attacker would: same rows, untyped `at`, not STRICT. */
export function redeclareLoosely(db: Database.Database): void {
  const cols = 'seq, at, action, operator, case_id, details, personal, prev_hash, hash, keyed';
  db.exec(`
    CREATE TABLE audit_new (seq INTEGER PRIMARY KEY, at, action TEXT NOT NULL, operator TEXT NOT NULL, case_id TEXT,
      details TEXT NOT NULL, personal TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, keyed INTEGER NOT NULL DEFAULT 0);
    INSERT INTO audit_new (${cols}) SELECT ${cols} FROM audit;
    DROP TABLE audit;
    ALTER TABLE audit_new RENAME TO audit;
    CREATE INDEX audit_case ON audit (case_id);
  `);
}
