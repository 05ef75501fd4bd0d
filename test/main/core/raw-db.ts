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
