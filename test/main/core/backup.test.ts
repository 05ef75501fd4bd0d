import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memorySecretStore, openCore, restoreBackup } from '../../../src-main/core';
import { DATABASE_KEY_NAME } from '../../../src-main/core/store/database-key';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { openTestCore, rejection, tempDir, type TestCore } from './open-test-core';

let t: TestCore;
let out: string;
beforeEach(async () => {
  t = await openTestCore();
  out = tempDir('salvage-backup-out-');
});
afterEach(async () => {
  await t.cleanup();
  fs.rmSync(out, { recursive: true, force: true });
});

const PASS = 'correct horse battery staple';

describe('backup and restore', () => {
  it('restores everything on another PC (new keychain), re-keyed to that keychain', async () => {
    const d = await t.core.cases.createDraft(completeCase());
    const f = await t.core.cases.finalize(d.id, { operator: '窓口' });
    await t.core.cases.amend(d.id, { field: 'applicant.name', value: '東大 華子', reason: '誤記', by: '係長' });
    const draft = await t.core.cases.createDraft({ applicant: { name: '下書き 中子' } });
    await t.core.settings.update({ staff: [{ name: '窓口 太郎', role: '学務係' }] });
    const file = path.join(out, 'salvage.sdbackup');
    await t.core.exportBackup(file, PASS, { operator: '窓口 太郎' });
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
    for (const s of ['東大', '華子', '1234567890', 'hanako@example.com']) expect(fs.readFileSync(file).includes(Buffer.from(s))).toBe(false);

    const otherPc = memorySecretStore();
    const target = path.join(out, 'restored');
    await restoreBackup({ dataDir: target, secrets: otherPc, path: file, passphrase: PASS, operator: '係長' });
    expect(await otherPc.get(DATABASE_KEY_NAME)).not.toBe(await t.secrets.get(DATABASE_KEY_NAME));
    const restored = await openCore({ dataDir: target, secrets: otherPc, now: () => t.clock.now });
    try {
      const r = await restored.cases.get(d.id);
      expect(r).toMatchObject({ status: 'awaiting-hand-off', caseNumber: f.caseNumber, submissionId: f.submissionId });
      expect(r.input.applicant?.name).toBe('東大 華子');
      expect(r.amendments).toHaveLength(1);
      expect((await restored.cases.get(draft.id)).input.applicant?.name).toBe('下書き 中子');
      expect((await restored.settings.get()).staff).toEqual([{ name: '窓口 太郎', role: '学務係' }]);
      // Its trail cannot be verified under this PC's chain key (a backup carries none): one break to acknowledge.
      expect(await restored.verifyAudit()).toMatchObject({ ok: false, problem: null, recordedBreaks: 1 });
      expect(await restored.getAuditStatus()).toMatchObject({ unacknowledged: 1, lastProblem: 'restore-unverified' });
      expect((fs.statSync(path.join(target, 'salvage-desk.db')).mode & 0o777).toString(8)).toBe('600');
    } finally {
      await restored.close();
    }
  });

  it('refuses a wrong passphrase, a non-empty target and a non-backup file, changing nothing', async () => {
    await t.core.cases.createDraft({ applicant: { name: 'x' } });
    const file = path.join(out, 'b.sdbackup');
    await t.core.exportBackup(file, PASS);
    const secrets = memorySecretStore();
    const target = path.join(out, 'restored');
    const wrong = await rejection(restoreBackup({ dataDir: target, secrets, path: file, passphrase: 'wrong horse battery staple' }));
    expect(wrong.code).toBe('backup-passphrase');
    expect(wrong.messages.ja).toMatch(/パスフレーズ/);
    expect(fs.existsSync(target)).toBe(false);
    expect(await secrets.get(DATABASE_KEY_NAME)).toBeNull();

    const damaged = Buffer.from(fs.readFileSync(file));
    damaged[damaged.length - 40]! ^= 0xff;
    fs.writeFileSync(path.join(out, 'damaged'), damaged);
    expect((await rejection(restoreBackup({ dataDir: target, secrets, path: path.join(out, 'damaged'), passphrase: PASS }))).code).toBe('backup-passphrase');

    fs.writeFileSync(path.join(out, 'notes.txt'), 'hello');
    expect((await rejection(restoreBackup({ dataDir: target, secrets, path: path.join(out, 'notes.txt'), passphrase: PASS }))).code).toBe('io');

    const before = fs.readdirSync(t.dataDir);
    expect((await rejection(restoreBackup({ dataDir: t.dataDir, secrets: t.secrets, path: file, passphrase: PASS }))).code).toBe('backup-target-not-empty');
    expect(fs.readdirSync(t.dataDir)).toEqual(before);
  });

  it('requires a passphrase of at least 8 characters', async () => {
    const err = await rejection(t.core.exportBackup(path.join(out, 'x'), 'short'));
    expect(err.code).toBe('validation');
    expect(err.issues[0]?.path).toBe('passphrase');
    expect(fs.existsSync(path.join(out, 'x'))).toBe(false);
  });

  it('takes a consistent snapshot while autosaves keep coming', async () => {
    const d = await t.core.cases.createDraft();
    let n = 0;
    let stop = false;
    const writer = (async () => {
      while (!stop && n < 10_000) {
        n += 1;
        await t.core.cases.update(d.id, { request: { reason: `step-${n}` } });
        await new Promise((r) => setImmediate(r));
      }
    })();
    const file = path.join(out, 'busy.sdbackup');
    await t.core.exportBackup(file, PASS);
    stop = true;
    await writer;
    const target = path.join(out, 'busy');
    const secrets = memorySecretStore();
    await restoreBackup({ dataDir: target, secrets, path: file, passphrase: PASS });
    const restored = await openCore({ dataDir: target, secrets });
    const reason = (await restored.cases.get(d.id)).input.request?.reason ?? '';
    await restored.close();
    expect(reason === '' || /^step-\d+$/.test(reason)).toBe(true);
    expect(fs.readdirSync(t.dataDir).filter((f) => f.includes('backup'))).toEqual([]); // no snapshot left behind
  });
});

describe('restore and the audit anchor', () => {
  it('a restore from an older backup records the gap explicitly instead of looking like a cut trail', async () => {
    await t.core.cases.createDraft({ applicant: { name: '古い 控子' } });
    const file = path.join(out, 'older.sdbackup');
    await t.core.exportBackup(file, PASS, { operator: '係長' });
    for (let i = 0; i < 3; i += 1) await t.core.cases.createDraft({ applicant: { name: `later ${i}` } }); // not in the backup
    const staging = path.join(out, 'staging');
    await restoreBackup({ dataDir: staging, secrets: t.secrets, path: file, passphrase: PASS, operator: '係長' });
    await t.core.close(); // the replaced data's last anchor is written now, after the restore
    const restored = await openCore({ dataDir: staging, secrets: t.secrets, now: () => t.clock.now });
    try {
      expect(await restored.verifyAudit()).toMatchObject({ ok: true, problem: null, recordedBreaks: 0 });
    } finally {
      await restored.close();
    }
    // Putting the replaced data back without a restore is noticed: that store was not restored over.
    await t.reopen();
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false, recordedBreaks: 1 });
  });
});
