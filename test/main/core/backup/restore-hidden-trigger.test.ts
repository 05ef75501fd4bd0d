// A backup edited with its passphrase: newest rows cut and a trigger added whose sqlite_master type
// is written 'TRIGGER' (SQLite loads it, DROP cannot remove it); it turns each 'audit-break' row
// into a 'note' with the same seq and hash. The restore is refused ('call IT') and the store in use
// stays as it was.
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openCore, restoreBackup } from '../../../../src-main/core';
import { sealBackup } from '../../../../src-main/core/backup/backup-format';
import { openTestCore, tempDir, type TestCore } from '../open-test-core';
import { editBackupFile } from './edit-backup';

const PASS = 'correct horse battery staple';
const COLS = 'seq, at, action, operator, case_id, details, personal, prev_hash, hash, keyed';
let t: TestCore;
let file: string;
beforeEach(async () => {
  t = await openTestCore();
  for (let i = 0; i < 3; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
  file = path.join(tempDir('salvage-bk-'), 'b.sdbackup');
  await t.core.exportBackup(file, PASS);
});
afterEach(async () => { await t.cleanup(); });

it('a backup whose rewriting trigger is typed in capitals: the restore is refused and the store in use stays as it was', async () => {
  await editBackupFile(file, PASS, (db) => {
    db.prepare('DELETE FROM audit WHERE seq > (SELECT max(seq) - 2 FROM audit)').run();
    db.exec(`CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER zz_hidden AFTER INSERT ON audit WHEN new.action = 'audit-break' BEGIN
        INSERT OR REPLACE INTO audit (${COLS}) VALUES (new.seq, new.at, 'note', new.operator, new.case_id, '{}', '{}', new.prev_hash, new.hash, new.keyed); END;`);
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    db.prepare(`UPDATE sqlite_master SET type = 'TRIGGER' WHERE name = 'zz_hidden'`).run();
    db.pragma('writable_schema = OFF');
  }, (c) => sealBackup(c, PASS, new Date().toISOString()));
  await t.core.close();
  const target = path.join(tempDir('salvage-restored-'), 'data');
  await expect(restoreBackup({ dataDir: target, secrets: t.secrets, path: file, passphrase: PASS, operator: '係長' })).rejects.toMatchObject({ code: 'audit-unwritable' });
  const core = await openCore({ dataDir: t.dataDir, secrets: t.secrets, now: () => t.clock.now, profilePath: null });
  expect(await core.cases.list()).toHaveLength(3);
  expect(await core.verifyAudit()).toMatchObject({ ok: true });
  await core.close();
});
