// Opens the one SQLite file of a data directory, encrypted SQLCipher-style with a raw 256-bit key.
// Nothing is written before the key has been proven good, and before the full integrity check
// whenever the open will change the schema (pending migrations) or an earlier check in the
// background found damage (integrity-check.ts): such a file is left exactly as it is for recovery,
// and the caller gets a typed error. Otherwise the full check runs after the first screen.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { CoreError } from '../errors';
import { tightenIfExists, touchPrivate } from './file-modes';
import { damagedMarker } from './integrity-check';

export const DATABASE_FILE = 'salvage-desk.db';

export function databasePath(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE);
}

/** True when the data directory already holds a database (a zero-byte file counts as new). */
export function databaseExists(file: string): boolean {
  try {
    return fs.statSync(file).size > 0;
  } catch {
    return false;
  }
}

export function unreadable(detail: string, cause?: unknown): CoreError {
  return new CoreError(
    'database-unreadable',
    {
      ja: `データベースを開けません(${detail})。ファイルはそのまま残してあり、削除も上書きもしていません。システム管理者に連絡するか、バックアップから別のフォルダーに復元してください。`,
      en: `The database cannot be opened (${detail}). The file has been left as it is, neither deleted nor overwritten. Contact your administrator, or restore a backup into another folder.`,
    },
    [],
    { cause },
  );
}

export interface OpenOptions {
  /** 64 hex characters. `null` opens an unencrypted file: only for the benchmark's baseline. */
  readonly hexKey: string | null;
  /**
   * Run the full integrity check before anything is written only when this says so (given the
   * schema version); the caller then checks in the background. Default: always check now.
   */
  readonly checkNow?: (schemaVersion: number) => boolean;
}

function applyKey(db: Database.Database, hexKey: string | null): void {
  if (hexKey === null) return;
  if (!/^[0-9a-f]{64}$/.test(hexKey)) throw new Error('database key must be 64 hex characters');
  db.pragma(`cipher='sqlcipher'`);
  db.pragma(`key="x'${hexKey}'"`);
}

function verify(db: Database.Database, file: string, checkNow: OpenOptions['checkNow']): void {
  let version: number;
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    version = Number(db.pragma('user_version', { simple: true }));
  } catch (e) {
    throw unreadable('wrong key or not a Salvage Desk database', e);
  }
  if (checkNow && !checkNow(version) && !fs.existsSync(damagedMarker(file))) return;
  let result: unknown[];
  try {
    result = db.pragma('integrity_check') as unknown[];
  } catch (e) {
    throw unreadable('integrity check failed', e);
  }
  const ok = result.length === 1 && (result[0] as { integrity_check?: string }).integrity_check === 'ok';
  if (!ok) throw unreadable('integrity check failed');
}

export function openDatabase(file: string, { hexKey, checkNow }: OpenOptions): Database.Database {
  const isNew = !databaseExists(file);
  if (isNew) touchPrivate(file);
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (e) {
    throw unreadable('the file cannot be opened', e);
  }
  try {
    applyKey(db, hexKey);
    verify(db, file, checkNow);
    // Only now may SQLite write: switch to WAL (durable at commit with synchronous=FULL).
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw unreadable(`journal mode ${String(mode)}`);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Sorting and temporary tables stay in memory: no unencrypted temp files on disk.
    db.pragma('temp_store = MEMORY');
    // Deleted content (purged cases, replaced drafts) is overwritten, not left in free pages.
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    // Decrypting a page costs more than reading it: keep up to 64 MiB of decrypted pages
    // (a year of cases is a few MiB), so lists and searches rarely touch the file.
    db.pragma('cache_size = -65536');
  } catch (e) {
    db.close();
    throw e instanceof CoreError ? e : unreadable('unexpected error', e);
  }
  for (const suffix of ['-wal', '-shm']) tightenIfExists(file + suffix);
  return db;
}
