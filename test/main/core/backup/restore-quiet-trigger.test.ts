// A backup edited by someone holding its passphrase: the newest rows cut and a trigger added that
// ignores every 'audit-break' insert. The restore takes the trigger out before it records anything,
// and records what it found: the restored store opens with both breaks on the banner.
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openCore, restoreBackup } from '../../../../src-main/core';
import { sealBackup } from '../../../../src-main/core/backup/backup-format';
import { openTestCore, tempDir, type TestCore } from '../open-test-core';
import { editBackupFile } from './edit-backup';

const PASS = 'correct horse battery staple';
let t: TestCore;
let file: string;
beforeEach(async () => {
  t = await openTestCore();
  for (let i = 0; i < 3; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
  file = path.join(tempDir('salvage-bk-'), 'b.sdbackup');
  await t.core.exportBackup(file, PASS);
});
afterEach(async () => { await t.cleanup(); });

it("a backup with its newest rows cut and a trigger that ignores breaks: both breaks on the banner after the restore", async () => {
  await editBackupFile(file, PASS, (db) => {
    db.prepare('DELETE FROM audit WHERE seq > (SELECT max(seq) - 2 FROM audit)').run();
    db.exec(`CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER audit_quiet BEFORE INSERT ON audit WHEN new.action = 'audit-break' BEGIN SELECT RAISE(IGNORE); END;`);
  }, (c) => sealBackup(c, PASS, new Date().toISOString()));
  await t.core.close();
  const target = path.join(tempDir('salvage-restored-'), 'data');
  await restoreBackup({ dataDir: target, secrets: t.secrets, path: file, passphrase: PASS, operator: '係長' });
  const core = await openCore({ dataDir: target, secrets: t.secrets, now: () => t.clock.now, profilePath: null });
  expect(await core.verifyAudit()).toMatchObject({ ok: false });
  const breaks = (await core.getAuditStatus()).unacknowledged;
  await core.close();
  expect(breaks).toBe(2); // the restore unverified (rows cut) and the schema it came with
});
