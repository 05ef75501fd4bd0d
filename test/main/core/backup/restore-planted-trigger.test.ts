// A backup edited by someone holding its passphrase: the newest rows cut and a trigger planted to
// keep the restore's breaks out of the trail. One the restore can take out (it ignores every
// 'audit-break' insert) comes out before anything is recorded: the restored store opens with both
// breaks on the banner. One it cannot (its sqlite_master type written 'TRIGGER': SQLite loads it,
// DROP cannot remove it; it turns each break into a 'note' with the same seq and hash) refuses the
// restore ('call IT'), and the store in use stays as it was.
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openCore, restoreBackup } from '../../../../src-main/core';
import { sealBackup } from '../../../../src-main/core/backup/backup-format';
import { tempDir, type TestCore } from '../open-test-core';
import { backupOfThreeDrafts, editBackupFile } from './edit-backup';

const PASS = 'correct horse battery staple';
const COLS = 'seq, at, action, operator, case_id, details, personal, prev_hash, hash, keyed';
let t: TestCore;
let file: string;
beforeEach(async () => {
  ({ t, file } = await backupOfThreeDrafts(PASS));
});
afterEach(async () => { await t.cleanup(); });

/** The newest two rows cut, the append-only triggers as they were, `trigger` planted, `after` run; the core closed. */
async function cutAndPlant(trigger: string, after: (db: Database.Database) => void = () => undefined): Promise<void> {
  await editBackupFile(file, PASS, (db) => {
    db.prepare('DELETE FROM audit WHERE seq > (SELECT max(seq) - 2 FROM audit)').run();
    db.exec(`CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      ${trigger};`);
    after(db);
  }, (c) => sealBackup(c, PASS, new Date().toISOString()));
  await t.core.close();
}

const openAt = (dataDir: string) => openCore({ dataDir, secrets: t.secrets, now: () => t.clock.now, profilePath: null });

it('a trigger that ignores breaks: taken out, both breaks on the banner after the restore', async () => {
  await cutAndPlant(`CREATE TRIGGER audit_quiet BEFORE INSERT ON audit WHEN new.action = 'audit-break' BEGIN SELECT RAISE(IGNORE); END`);
  const target = path.join(tempDir('salvage-restored-'), 'data');
  await restoreBackup({ dataDir: target, secrets: t.secrets, path: file, passphrase: PASS, operator: '係長' });
  const core = await openAt(target);
  expect(await core.verifyAudit()).toMatchObject({ ok: false });
  const breaks = (await core.getAuditStatus()).unacknowledged;
  await core.close();
  expect(breaks).toBe(2); // the restore unverified (rows cut) and the schema it came with
});

it('a rewriting trigger typed in capitals: the restore is refused and the store in use stays as it was', async () => {
  await cutAndPlant(`CREATE TRIGGER zz_hidden AFTER INSERT ON audit WHEN new.action = 'audit-break' BEGIN
    INSERT OR REPLACE INTO audit (${COLS}) VALUES (new.seq, new.at, 'note', new.operator, new.case_id, '{}', '{}', new.prev_hash, new.hash, new.keyed); END`, (db) => {
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    db.prepare(`UPDATE sqlite_master SET type = 'TRIGGER' WHERE name = 'zz_hidden'`).run();
    db.pragma('writable_schema = OFF');
  });
  const target = path.join(tempDir('salvage-restored-'), 'data');
  await expect(restoreBackup({ dataDir: target, secrets: t.secrets, path: file, passphrase: PASS, operator: '係長' })).rejects.toMatchObject({ code: 'audit-unwritable' });
  const core = await openAt(t.dataDir);
  expect(await core.cases.list()).toHaveLength(3);
  expect(await core.verifyAudit()).toMatchObject({ ok: true });
  await core.close();
});
