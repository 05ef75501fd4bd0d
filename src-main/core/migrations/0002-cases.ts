// 0002: cases. `input` is the JSON case input (a partial draft, or the normalized input once
// finalized). `search` and `account_hash` are derived on every write: search for list(), the
// account hash so the once-per-service rule still sees cases whose personal data was purged.
import type { Migration } from './migration';

export const m0002: Migration = {
  version: 2,
  name: '0002-cases',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('draft','finalized','queued','sending','delivered','needs-attention','discarded')),
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
      CREATE INDEX cases_updated ON cases (updated_at);
      CREATE INDEX cases_status ON cases (status, updated_at);
      CREATE INDEX cases_account_hash ON cases (account_hash);
      CREATE UNIQUE INDEX cases_sequence ON cases (department_code, case_year, case_seq) WHERE case_seq IS NOT NULL;
    `);
  },
};
