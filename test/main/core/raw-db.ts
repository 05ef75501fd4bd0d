// Test helper: open a data directory's database file directly with the key from the keychain,
// to look behind the core's back (tampering, append-only triggers, schema).
import Database from 'better-sqlite3-multiple-ciphers';
import type { SecretStore } from '../../../src-main/core';
import { DATABASE_KEY_NAME } from '../../../src-main/core/store/database-key';
import { databasePath } from '../../../src-main/core/store/open-database';

export async function rawDb(dataDir: string, secrets: SecretStore): Promise<Database.Database> {
  const key = await secrets.get(DATABASE_KEY_NAME);
  if (!key) throw new Error('no database key');
  const db = new Database(databasePath(dataDir), { fileMustExist: true });
  db.pragma(`cipher='sqlcipher'`);
  db.pragma(`key="x'${key}'"`);
  return db;
}

/**
 * Runs `edit` with the audit table's append-only triggers lifted, then puts them back exactly as
 * they were, as a careful editor would: the table is still declared as the app declares it, so
 * what the app finds is the edit of the rows alone.
 */
export function editAuditRows<T>(db: Database.Database, edit: () => T): T {
  const guards = db.prepare<[], { name: string; sql: string }>(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('audit_no_update', 'audit_no_delete')`).all();
  for (const g of guards) db.exec(`DROP TRIGGER ${g.name}`);
  try {
    return edit();
  } finally {
    for (const g of guards) db.exec(g.sql);
  }
}
