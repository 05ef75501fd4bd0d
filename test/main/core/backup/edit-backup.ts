// What someone holding a backup file and its passphrase can do, written once for the tests: open
// it, edit its database (the append-only triggers dropped first), and seal it again however the
// test says — as it came, without its signed head, or in the older format with a key of their own.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { openBackup, type BackupContents } from '../../../../src-main/core/backup/backup-format';
import { openTestCore, tempDir, type TestCore } from '../open-test-core';

export type Reseal = (contents: BackupContents) => Promise<Buffer>;

export async function editBackupFile(file: string, passphrase: string, edit: (db: Database.Database) => void, reseal: Reseal): Promise<void> {
  const contents = await openBackup(fs.readFileSync(file), passphrase);
  const scratch = path.join(tempDir('salvage-edit-'), 'db');
  fs.writeFileSync(scratch, contents.database);
  const db = new Database(scratch);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma(`key="x'${contents.databaseKey}'"`);
  db.pragma('journal_mode = DELETE');
  db.exec('DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete');
  edit(db);
  db.close();
  fs.writeFileSync(file, await reseal({ ...contents, database: fs.readFileSync(scratch) }));
}

/** A store with three drafts, and a backup of it made with `passphrase` (the store stays open). */
export async function backupOfThreeDrafts(passphrase: string): Promise<{ t: TestCore; file: string }> {
  const t = await openTestCore();
  for (let i = 0; i < 3; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
  const file = path.join(tempDir('salvage-bk-'), 'b.sdbackup');
  await t.core.exportBackup(file, passphrase);
  return { t, file };
}
