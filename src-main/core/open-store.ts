// Opening the encrypted store of a data directory: key from the keychain, open + verify, migrate.
// The caller runs the background integrity check (store/integrity-check.ts) after the first screen.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { SecretStore } from './core-types';
import { CoreError } from './errors';
import { migrations } from './migrations';
import { databaseKey } from './store/database-key';
import { ensurePrivateDir } from './store/file-modes';
import { migrate, schemaVersion } from './store/migrate';
import { databaseExists, databasePath, openDatabase, unreadable } from './store/open-database';

export interface OpenStore {
  readonly db: Database.Database;
  readonly file: string;
  /** Per-installation key for hashes of personal values. */
  readonly hashKey: string;
  /** The database key (hex), for the backup. */
  readonly hexKey: string;
  /** Names this database in the keychain's audit anchor (a restore gives the copy a new one). */
  readonly storeId: string;
  /** The schema version the file had before this open (0: created by this open). */
  readonly foundVersion: number;
}

export async function openStore(dataDir: string, secrets: SecretStore): Promise<OpenStore> {
  ensurePrivateDir(dataDir);
  const file = databasePath(dataDir);
  const hexKey = await databaseKey(secrets, databaseExists(file));
  // The full integrity check runs now only before a schema change; otherwise after the first screen.
  const db = openDatabase(file, { hexKey, checkNow: (version) => version < migrations.length });
  try {
    const foundVersion = schemaVersion(db);
    migrate(db, migrations);
    const hashKey = db.prepare<[], string>(`SELECT value FROM meta WHERE key = 'hash-key'`).pluck().get();
    const storeId = db.prepare<[], string>(`SELECT value FROM meta WHERE key = 'store-id'`).pluck().get();
    if (!hashKey || !storeId) throw unreadable('installation metadata missing');
    return { db, file, hashKey, hexKey, storeId, foundVersion };
  } catch (e) {
    db.close();
    throw e instanceof CoreError ? e : unreadable('schema upgrade failed', e);
  }
}
