// 0002: cases. `input` is the JSON case input (a partial draft, or the normalized input once
// finalized). `search` and `account_hash` are derived on every write: search for list(), the
// account hash so the once-per-service rule still sees cases whose personal data was purged.
import { CASES_COLUMNS_0002, CASES_INDEXES, checkedStatusColumn, createCasesTableSql } from './cases-table';
import type { Migration } from './migration';

/** The statuses 0002 allowed (0006 added the mail-form ones). */
export const CASE_STATUSES_0002 = ['draft', 'finalized', 'queued', 'sending', 'delivered', 'needs-attention', 'discarded'] as const;

const CASES_COLUMNS = ['id TEXT PRIMARY KEY', checkedStatusColumn(CASE_STATUSES_0002), ...CASES_COLUMNS_0002];

export const m0002: Migration = {
  version: 2,
  name: '0002-cases',
  up(db) {
    db.exec(`
      ${createCasesTableSql('cases', CASES_COLUMNS, '        ')}
      ${Object.values(CASES_INDEXES).join('\n      ')}
    `);
  },
};
