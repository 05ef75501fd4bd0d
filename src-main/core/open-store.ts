// Opening the encrypted store of a data directory: keys from the keychain, open + verify, migrate.
// The caller runs the background integrity check (store/integrity-check.ts) after the first screen.
// Everything the audit trail needs from the keychain is read (or created) before the schema
// changes: a keychain that refuses once stops the start with nothing committed, so the next start
// finds the database as it was (audit/trail-origin.ts keeps the origin for the failures after).
import type Database from 'better-sqlite3-multiple-ciphers';
import type { SecretStore } from './core-types';
import { auditKey, readAnchorState } from './audit/audit-secrets';
import { markOriginAt, trailOrigin } from './audit/trail-origin';
import type { TrailOrigin } from './audit/format-marker';
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
  /** The audit chain key (keychain only). */
  readonly chainKey: string;
  /** How the database came to this open, for the audit trail's check (trail-origin.ts). */
  readonly origin: TrailOrigin;
}

export async function openStore(dataDir: string, secrets: SecretStore): Promise<OpenStore> {
  ensurePrivateDir(dataDir);
  const file = databasePath(dataDir);
  const hexKey = await databaseKey(secrets, databaseExists(file));
  const chainKey = await auditKey(secrets);
  // The full integrity check runs now only before a schema change; otherwise after the first screen.
  const db = openDatabase(file, { hexKey, checkNow: (version) => version < migrations.length });
  try {
    const foundVersion = schemaVersion(db);
    // The check after an upgrade reads the anchor: a keychain that cannot answer stops it here.
    if (foundVersion < migrations.length) await readAnchorState(secrets);
    migrate(db, migrations, (version) => markOriginAt(db, chainKey, foundVersion, version));
    const hashKey = db.prepare<[], string>(`SELECT value FROM meta WHERE key = 'hash-key'`).pluck().get();
    const storeId = db.prepare<[], string>(`SELECT value FROM meta WHERE key = 'store-id'`).pluck().get();
    if (!hashKey || !storeId) throw unreadable('installation metadata missing');
    return { db, file, hashKey, hexKey, storeId, chainKey, origin: trailOrigin(db, chainKey, storeId) };
  } catch (e) {
    db.close();
    throw e instanceof CoreError ? e : unreadable('schema upgrade failed', e);
  }
}
