// exportBackup: a consistent snapshot of the open database (VACUUM INTO, which SQLite runs inside
// one read transaction, so concurrent autosaves cannot tear it), still encrypted with the
// database key, then sealed with the passphrase. No plaintext page ever touches the disk. The
// audit chain key stays in the keychain: a backup never carries it (backup-format.ts), only the
// snapshot's audit head signed under a key derived from it (audit/backup-head.ts). The snapshot
// itself is a full copy of the database: it is removed before the backup is sealed, and what a
// crash or a locked file leaves behind is removed at the next open and retention run.
import fs from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { makeIssue } from '../../../src-shared/domain';
import { PASSPHRASE_LENGTH } from '../../../src-shared/limits';
import { validationError } from '../cases/validation-error';
import type { BackupHead } from '../audit/backup-head';
import type { AuditEvent } from '../context';
import { CoreError } from '../errors';
import { touchPrivate } from '../store/file-modes';
import { savePrivateFile } from '../store/save-private';
import { sealBackup } from './backup-format';
import { newSnapshotPath, removeSnapshot } from './backup-snapshot';

export const passphraseSchema = z.string().min(PASSPHRASE_LENGTH.min).max(PASSPHRASE_LENGTH.max);

export interface ExportBackupDeps {
  readonly db: Database.Database;
  readonly dataDir: string;
  readonly databaseKey: () => Promise<string>;
  readonly now: () => Date;
  readonly audit: (event: AuditEvent) => void;
  /** The trail's head as it is now, signed (called in the same tick as the snapshot). */
  readonly signHead: () => BackupHead;
}

export async function exportBackup(deps: ExportBackupDeps, target: string, passphrase: string, operator: string): Promise<void> {
  if (typeof target !== 'string' || target === '') throw validationError([makeIssue('path', 'input.invalid')]);
  if (!passphraseSchema.safeParse(passphrase).success) throw validationError([makeIssue('passphrase', 'input.invalid')]);
  const snapshot = newSnapshotPath(deps.dataDir);
  let database: Buffer;
  let head: BackupHead;
  try {
    touchPrivate(snapshot);
    // Synchronous, back to back on the one connection: no append can fall between the two.
    head = deps.signHead();
    deps.db.prepare('VACUUM INTO ?').run(snapshot);
    database = fs.readFileSync(snapshot);
  } catch (e) {
    throw new CoreError('io', {
      ja: 'バックアップ用の一時コピーを作れませんでした。データフォルダーのあるドライブの空き容量を確認して、もう一度バックアップしてください。何も変更していません。',
      en: 'The temporary copy for the backup could not be made. Check the free space on the drive holding the data folder, then back up again. Nothing was changed.',
    }, [], { cause: e });
  } finally {
    removeSnapshot(snapshot);
  }
  const sealed = await sealBackup({ databaseKey: await deps.databaseKey(), database, head }, passphrase, deps.now().toISOString());
  savePrivateFile(target, sealed, {
    ja: 'バックアップを書き出せませんでした。保存先のフォルダーと空き容量を確認してください。',
    en: 'The backup could not be written. Check the destination folder and free space.',
  });
  deps.audit({ action: 'backup', operator, details: { kind: 'export', bytes: sealed.length } });
}
