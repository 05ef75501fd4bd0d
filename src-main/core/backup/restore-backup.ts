// restoreBackup: into an empty data directory only, without an open core. The restored database
// is re-keyed to this installation's key (created if needed), so the backup's database key never
// enters the keychain, nor does any audit chain key an older backup carried (it is ignored), and a
// wrong passphrase changes nothing at all.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { makeIssue } from '../../../src-shared/domain';
import { PASSPHRASE_LENGTH } from '../../../src-shared/limits';
import { validationError } from '../cases/validation-error';
import type { SecretStore } from '../core-types';
import { CoreError } from '../errors';
import { openStore, type OpenStore } from '../open-store';
import { auditKey, readAnchor } from '../audit/audit-secrets';
import type { BackupHead } from '../audit/backup-head';
import { adoptRestoredTrail } from '../audit/restore-audit';
import { issueRestoreToken } from '../audit/restore-token';
import { DATABASE_KEY_NAME } from '../store/database-key';
import { ensurePrivateDir, writePrivateFile } from '../store/file-modes';
import { databasePath, unreadable } from '../store/open-database';
import { keychainUnavailable } from '../secrets/keychain-error';
import { openBackup } from './backup-format';

export interface RestoreOptions {
  readonly dataDir: string;
  readonly secrets: SecretStore;
  readonly path: string;
  readonly passphrase: string;
  readonly operator?: string;
  readonly now?: () => Date;
}

const optionsSchema = z.object({ dataDir: z.string().min(1), path: z.string().min(1), passphrase: z.string().min(1).max(PASSPHRASE_LENGTH.max) });

function notEmpty(): CoreError {
  return new CoreError('backup-target-not-empty', {
    ja: '復元先のフォルダーが空ではありません。既存のデータを上書きしないよう、空のフォルダーを選んでください。',
    en: 'The restore folder is not empty. Choose an empty folder so that no existing data is overwritten.',
  });
}

async function installationKey(secrets: SecretStore): Promise<string> {
  try {
    const existing = await secrets.get(DATABASE_KEY_NAME);
    if (existing !== null && /^[0-9a-f]{64}$/.test(existing)) return existing;
    const fresh = randomBytes(32).toString('hex');
    await secrets.set(DATABASE_KEY_NAME, fresh);
    if ((await secrets.get(DATABASE_KEY_NAME)) !== fresh) throw new Error('key not persisted');
    return fresh;
  } catch (e) {
    throw e instanceof CoreError ? e : keychainUnavailable(e);
  }
}

/** Re-encrypts a database file in place from one raw key to another. */
function rekey(file: string, fromKey: string, toKey: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma(`key="x'${fromKey}'"`);
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') throw unreadable('the backup failed its integrity check');
    db.pragma('journal_mode = DELETE'); // rekey needs a rollback journal
    db.pragma(`rekey="x'${toKey}'"`);
  } finally {
    db.close();
  }
}

/**
 * The restored copy becomes a store of its own (new store id), and its trail records which store
 * it replaces and how far the keychain had vouched for that one: the gap between the backup and
 * the replaced data is on record. The trail is verified under this PC's chain key (a backup does
 * not carry one) and must end at the head the backup signed under that key, before it is adopted
 * (restore-audit.ts): a backup made on this PC verifies; one from another PC, an older one (no
 * signed head), or one with an edited or cut trail, is adopted with a recorded break.
 */
async function recordRestore(store: OpenStore, secrets: SecretStore, options: RestoreOptions, head: BackupHead | null): Promise<void> {
  const replaced = await readAnchor(secrets);
  const localKey = await auditKey(secrets);
  const storeId = randomBytes(16).toString('hex');
  const token = await issueRestoreToken(secrets, storeId);
  adoptRestoredTrail({ db: store.db, localKey, head, replaced, operator: options.operator ?? 'system', now: options.now ?? (() => new Date()), store: storeId, token });
  store.db.pragma('wal_checkpoint(TRUNCATE)');
}

export async function restoreBackup(options: RestoreOptions): Promise<void> {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw validationError([makeIssue('restore', 'input.invalid')]);
  const { dataDir, secrets, passphrase } = options;
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) throw notEmpty();
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(options.path);
  } catch (e) {
    throw new CoreError('io', { ja: 'バックアップファイルを読めません。ファイルを選び直してください。', en: 'The backup file cannot be read. Choose the file again.' }, [], { cause: e });
  }
  const contents = await openBackup(bytes, passphrase); // wrong passphrase: throws before any change
  const key = await installationKey(secrets);
  ensurePrivateDir(dataDir);
  const file = databasePath(dataDir);
  const staging = `${file}.restoring`;
  try {
    writePrivateFile(staging, contents.database);
    rekey(staging, contents.databaseKey, key);
    fs.renameSync(staging, file);
  } catch (e) {
    fs.rmSync(staging, { force: true });
    fs.rmSync(`${staging}-journal`, { force: true });
    throw e instanceof CoreError ? e : unreadable('the backup could not be restored', e);
  }
  // Open like openCore does (integrity check, pending migrations of an older backup), and record it.
  const store = await openStore(dataDir, secrets);
  try {
    await recordRestore(store, secrets, options, contents.head ?? null);
  } finally {
    store.db.close();
  }
}
