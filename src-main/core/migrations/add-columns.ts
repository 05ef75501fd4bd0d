// Adding columns to an existing table: one ALTER TABLE … ADD COLUMN per definition, in order
// (SQLite adds one column per statement and appends its definition to the stored CREATE text).
import type Database from 'better-sqlite3-multiple-ciphers';

export function addColumns(db: Database.Database, table: string, definitions: readonly string[]): void {
  for (const definition of definitions) db.exec(`ALTER TABLE ${table} ADD COLUMN ${definition};`);
}
