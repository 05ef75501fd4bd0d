// Review probes on restores. (1) The restore writes a checkpoint that excuses the first open from
// finding no anchor (or the replaced store's). The attacker keeps a copy of that checkpoint (it is
// in the database), and later deletes the keychain anchor, puts the copy back and cuts every row
// written since: that must be a recorded break, since the restore replaced a store that had an
// anchor. (2) Whoever holds a backup and its passphrase edits its trail: the backup carries no
// chain key, so they can only re-link the edit under a key of their own (even carried in the key
// slot the way older backups did); the restore verifies under this PC's key and records a break.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreBackup } from '../../../../src-main/core';
import { AUDIT_ANCHOR_SECRET } from '../../../../src-main/core/audit/audit-secrets';
import { relinkAudit } from '../../../../src-main/core/audit/relink';
import { editBackupFile } from '../backup/edit-backup';
import { sealLegacyBackup } from '../backup/legacy-backup';
import { tempDir } from '../open-test-core';
import { useProbeCore } from './probe-access';

const PASS = 'correct horse battery staple';
const probe = useProbeCore();
const { openAt, withRaw, editRaw } = probe;

describe('the checkpoint a restore wrote, put back later', () => {
  it('with the anchor deleted and the newer rows cut: a recorded break', async () => {
    const t = probe.current();
    for (let i = 0; i < 2; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    const file = path.join(tempDir('salvage-bk-'), 'b.sdbackup');
    await t.core.exportBackup(file, PASS);
    const target = path.join(tempDir('salvage-restored-'), 'data');
    await restoreBackup({ dataDir: target, secrets: t.secrets, path: file, passphrase: PASS });
    const saved = await withRaw(target, (db) => ({
      checkpoint: db.prepare(`SELECT value FROM meta WHERE key = 'audit-checkpoint'`).pluck().get() as string,
      head: Number(db.prepare('SELECT max(seq) FROM audit').pluck().get()),
    }));
    let core = await openAt(target);
    for (let i = 0; i < 4; i += 1) await core.cases.createDraft({ applicant: { name: `m${i}` } });
    await core.close();

    await t.secrets.delete(AUDIT_ANCHOR_SECRET);
    await editRaw(target, (db) => {
      db.prepare(`UPDATE meta SET value = ? WHERE key = 'audit-checkpoint'`).run(saved.checkpoint);
      db.prepare('DELETE FROM audit WHERE seq > ?').run(saved.head);
    });
    core = await openAt(target);
    try {
      expect(await core.verifyAudit()).toMatchObject({ ok: false });
    } finally {
      await core.close();
    }
  });
});

describe('a backup edited by someone holding it and its passphrase', () => {
  it('is a recorded break when the edit is re-linked under a key the backup carries', async () => {
    const t = probe.current();
    for (let i = 0; i < 3; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    const file = path.join(tempDir('salvage-bk-'), 'b.sdbackup');
    await t.core.exportBackup(file, PASS);
    const theirs = randomBytes(32).toString('hex');
    await editBackupFile(file, PASS, (db) => {
      db.prepare(`UPDATE audit SET operator = 'forged' WHERE seq = 2`).run();
      db.prepare(`DELETE FROM meta WHERE key = 'audit-checkpoint'`).run();
      relinkAudit(db, theirs);
    }, (c) => sealLegacyBackup(c, theirs, PASS));
    await t.core.close();
    const target = path.join(tempDir('salvage-restored-'), 'data');
    await restoreBackup({ dataDir: target, secrets: t.secrets, path: file, passphrase: PASS });
    const core = await openAt(target);
    try {
      expect(await core.verifyAudit()).toMatchObject({ ok: false });
    } finally {
      await core.close();
      t.core = await openAt(t.dataDir);
    }
  });
});
