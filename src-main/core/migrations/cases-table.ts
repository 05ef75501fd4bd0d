// The cases table as the migrations that create or rebuild it state it (0002 creates it; 0006 and
// 0009 rebuild it because SQLite cannot change a CHECK or drop a column in place). Each rebuild
// restates the table from these shared lists, so a column is spelled once. SQLite keeps the CREATE
// text itself, so the text built here is exactly the text those migrations have always run.
import type Database from 'better-sqlite3-multiple-ciphers';

/** A column definition, or one with a note written beside it in the stored CREATE text. */
export type ColumnDefinition = string | { readonly sql: string; readonly note: string };

/** The cases' columns after `id` and `status`, as 0002 created them (0007 and 0010 add more). */
export const CASES_COLUMNS_0002: readonly string[] = [
  'input TEXT NOT NULL',
  "search TEXT NOT NULL DEFAULT ''",
  'account_hash TEXT',
  "services TEXT NOT NULL DEFAULT '[]'",
  'case_number TEXT UNIQUE',
  'submission_id TEXT UNIQUE',
  'department_code TEXT',
  'case_year INTEGER',
  'case_seq INTEGER',
  'created_at TEXT NOT NULL',
  'updated_at TEXT NOT NULL',
  'finalized_at TEXT',
  'finalized_by TEXT',
  'status_changed_at TEXT NOT NULL',
  'delivered_at TEXT',
  'discarded_at TEXT',
  'purged_at TEXT',
];

/** The cases' indexes, by what they serve (0009 drops the status one with the status copies). */
export const CASES_INDEXES = {
  updated: 'CREATE INDEX cases_updated ON cases (updated_at);',
  status: 'CREATE INDEX cases_status ON cases (status, updated_at);',
  accountHash: 'CREATE INDEX cases_account_hash ON cases (account_hash);',
  sequence: 'CREATE UNIQUE INDEX cases_sequence ON cases (department_code, case_year, case_seq) WHERE case_seq IS NOT NULL;',
} as const;

/** The status column with a CHECK over the statuses a migration allows. */
export function checkedStatusColumn(statuses: readonly string[]): string {
  return `status TEXT NOT NULL CHECK (status IN (${statuses.map((s) => `'${s}'`).join(',')}))`;
}

/** Where a column's note starts in the stored text (the width 0009 wrote it at). */
const NOTE_COLUMN = 36;

/**
 * `CREATE TABLE <table> (…) STRICT;` with one column a line, each line indented by `indent` and the
 * closing parenthesis two spaces less, as the migration's own SQL block is laid out.
 */
export function createCasesTableSql(table: string, columns: readonly ColumnDefinition[], indent: string): string {
  const lines = columns.map((column, i) => {
    const comma = i < columns.length - 1 ? ',' : '';
    return typeof column === 'string' ? `${indent}${column}${comma}` : `${indent}${`${column.sql}${comma}`.padEnd(NOTE_COLUMN)}-- ${column.note}`;
  });
  return `CREATE TABLE ${table} (\n${lines.join('\n')}\n${indent.slice(2)}) STRICT;`;
}

/** One rebuild of the cases table: its new columns and indexes, and the columns it drops. */
export interface CasesRebuild {
  readonly tag: string;
  readonly columns: readonly ColumnDefinition[];
  readonly indexes: readonly string[];
  readonly dropped?: readonly string[];
}

/**
 * Rebuilds the cases table in SQLite's 12-step way: the new table is created as `cases_<tag>`,
 * every current column but the dropped ones copied over, the old table dropped, the new one
 * renamed to `cases` and the given indexes created on it. The caller's migration sets
 * `rebuildsTables`.
 */
export function rebuildCasesTable(db: Database.Database, rebuild: CasesRebuild): void {
  const { tag, columns, indexes, dropped = [] } = rebuild;
  const list = db.prepare<[], string>(`SELECT name FROM pragma_table_info('cases') ORDER BY cid`).pluck().all()
    .filter((name) => !dropped.includes(name)).join(', ');
  db.exec(`
    ${createCasesTableSql(`cases_${tag}`, columns, '      ')}
    INSERT INTO cases_${tag} (${list}) SELECT ${list} FROM cases;
    DROP TABLE cases;
    ALTER TABLE cases_${tag} RENAME TO cases;
    ${indexes.join('\n    ')}
  `);
}
