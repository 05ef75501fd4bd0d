// 0013: a case closed as not verified (本人確認できず, SPEC §3): the identity check genuinely failed,
// the counter refused, and the case keeps a case number, a printed record and the reason. The
// cases' status CHECK gains 'closed-not-verified' and the closure gets its own columns: when, by
// whom, and why (free text: retention erases it with the rest of the personal data).
//
// SQLite cannot change a CHECK in place, so the table is rebuilt (the 12 steps of
// https://www.sqlite.org/lang_altertable.html#otheralter). The new table is made from the stored
// definition of the current one, with only the status list changed, so every column, default and
// constraint that earlier migrations gave it (whatever they were) is kept; its indexes and
// triggers are made again from their stored definitions.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './migration';

export const CLOSED_NOT_VERIFIED = 'closed-not-verified';

interface SchemaRow {
  readonly type: string;
  readonly name: string;
  readonly sql: string | null;
}

/** The `status IN (...)` list of the cases table's CHECK, with the new status added. */
function withClosedStatus(createSql: string): string {
  const check = /(status\s+TEXT\s+NOT\s+NULL\s+CHECK\s*\(\s*status\s+IN\s*\()([^)]*)\)/i;
  const m = check.exec(createSql);
  if (!m) throw new Error('0013: the cases table has no status CHECK to extend');
  if (m[2]!.includes(`'${CLOSED_NOT_VERIFIED}'`)) return createSql;
  return createSql.replace(check, `$1$2,'${CLOSED_NOT_VERIFIED}')`);
}

function rebuildCases(db: Database.Database): void {
  const schema = db.prepare<[], SchemaRow>(`SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'cases' AND sql IS NOT NULL`).all();
  const table = schema.find((s) => s.type === 'table');
  if (!table?.sql) throw new Error('0013: no cases table');
  const others = schema.filter((s) => s.type === 'index' || s.type === 'trigger');
  const columns = (db.prepare(`SELECT name FROM pragma_table_info('cases') ORDER BY cid`).pluck().all() as string[]).join(', ');
  const created = withClosedStatus(table.sql).replace(/^CREATE TABLE\s+("?cases"?)/i, 'CREATE TABLE cases_0013');
  db.exec(created);
  db.exec(`INSERT INTO cases_0013 (${columns}) SELECT ${columns} FROM cases; DROP TABLE cases; ALTER TABLE cases_0013 RENAME TO cases;`);
  for (const s of others) db.exec(s.sql!);
}

export const m0013: Migration = {
  version: 9,
  name: '0013-closed-not-verified',
  rebuildsTables: true,
  up(db) {
    rebuildCases(db);
    db.exec(`
      ALTER TABLE cases ADD COLUMN closed_at TEXT;
      ALTER TABLE cases ADD COLUMN closed_by TEXT;
      ALTER TABLE cases ADD COLUMN closure_reason TEXT;
    `);
  },
};
