// A restore rolled back after the restored data opened once (which anchors the restored store):
// the current data, never touched, comes back with the keychain anchor it had, so its next start
// records nothing. And what the restore's journal can make the app put back into the keychain is
// no more than was there.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, restoreBackup, type SecretStore } from '../../../../src-main/core';
import { AUDIT_ANCHOR_SECRET } from '../../../../src-main/core/audit/audit-secrets';
import { SIGNING_KEY_SECRET } from '../../../../src-main/core/keys';
import { settleRestoreAtStart, swapDataDir } from '../../../../src-main/core/backup/swap-data-dir';
import { journalPath } from '../../../../src-main/core/backup/restore-journal';
import { tempDir } from '../open-test-core';
import { useProbeCore } from '../audit/probe-access';

const probe = useProbeCore();
const { openAt, withRaw } = probe;
const PASS = 'correct horse battery staple';
const NOW = new Date('2026-05-01T09:00:00Z');

const breaksOn = (dataDir: string) => withRaw(dataDir, (db) => (db.prepare(`SELECT details FROM audit WHERE action = 'audit-break' ORDER BY seq`).pluck().all() as string[])
  .map((d) => (JSON.parse(d) as { problem: string }).problem));

/** A backup restored into the staging folder; the current data shut down (its last anchor written). */
async function staged(): Promise<{ staging: string; anchorBefore: string }> {
  const t = probe.current();
  for (let i = 0; i < 2; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
  const file = path.join(tempDir('salvage-rb-bk-'), 'b.sdbackup');
  await t.core.exportBackup(file, PASS);
  const staging = `${t.dataDir}.restoring-2026-05-01T09-00-00-000Z`;
  await restoreBackup({ dataDir: staging, secrets: t.secrets, path: file, passphrase: PASS });
  await t.core.close();
  return { staging, anchorBefore: (await t.secrets.get(AUDIT_ANCHOR_SECRET))! };
}

/** The current data's next start: what the banner shows and the breaks on record. */
async function currentRestarts() {
  const t = probe.current();
  t.core = await openAt(t.dataDir);
  const s = await t.core.getAuditStatus();
  await t.core.close();
  const breaks = await breaksOn(t.dataDir);
  t.core = await openAt(t.dataDir);
  return { unacknowledged: s.unacknowledged, breaks };
}

/** The swap under way, the restored data opened and closed once; then the process stops. */
async function stoppedWhileRestoredOpened(staging: string): Promise<void> {
  const t = probe.current();
  let stopped!: () => void;
  const stop = new Promise<void>((r) => { stopped = r; });
  void swapDataDir({
    dataDir: t.dataDir, staging, now: NOW, secrets: t.secrets,
    checkOpens: async (dir) => { await (await openAt(dir)).close(); stopped(); await new Promise(() => undefined); },
  });
  await stop;
}

describe('a restore rolled back after the restored data opened once', () => {
  it('because its "done" could not be written (disk full): the current data restarts without a break', async () => {
    const t = probe.current();
    const { staging, anchorBefore } = await staged();
    const journalTmp = `${journalPath(t.dataDir)}.${process.pid}.tmp`;
    const outcome = await swapDataDir({
      dataDir: t.dataDir, staging, now: NOW, secrets: t.secrets,
      checkOpens: async (dir) => {
        await (await openAt(dir)).close();
        expect(await t.secrets.get(AUDIT_ANCHOR_SECRET)).not.toBe(anchorBefore); // the restored store anchored itself
        mkdirSync(journalTmp); // the disk fills: the journal's next write fails
      },
    }).then(() => 'restored', (e: { code?: string }) => e.code);
    rmSync(journalTmp, { recursive: true, force: true });
    expect(outcome).toBe('io');
    expect(await t.secrets.get(AUDIT_ANCHOR_SECRET)).toBe(anchorBefore);
    expect(await currentRestarts()).toEqual({ unacknowledged: 0, breaks: [] });
  });

  it('because a later step of the open failed (its anchoring still running): the current data restarts without a break', async () => {
    const t = probe.current();
    const { staging, anchorBefore } = await staged();
    // The signing key cannot be read; the anchor write of the restored data's open is slow.
    const noSigningKey: SecretStore = {
      get: (n) => (n === SIGNING_KEY_SECRET ? Promise.reject(new Error('keychain locked')) : t.secrets.get(n)),
      set: async (n, v) => {
        if (n === AUDIT_ANCHOR_SECRET) await new Promise((r) => setTimeout(r, 200));
        return t.secrets.set(n, v);
      },
      delete: (n) => t.secrets.delete(n),
    };
    const outcome = await swapDataDir({
      dataDir: t.dataDir, staging, now: NOW, secrets: t.secrets,
      checkOpens: async (dir) => { await (await openCore({ dataDir: dir, secrets: noSigningKey, now: () => t.clock.now, profilePath: null })).close(); },
    }).then(() => 'restored', (e: { code?: string }) => e.code);
    expect(outcome).toBe('io');
    await new Promise((r) => setTimeout(r, 400)); // whatever the failed open still had under way has landed
    expect(await t.secrets.get(AUDIT_ANCHOR_SECRET)).toBe(anchorBefore);
    expect(await currentRestarts()).toEqual({ unacknowledged: 0, breaks: [] });
  });

  it('by the next start, after the app stopped while the restored data was open: the current data starts without a break', async () => {
    const t = probe.current();
    const { staging, anchorBefore } = await staged();
    await stoppedWhileRestoredOpened(staging);
    expect(await t.secrets.get(AUDIT_ANCHOR_SECRET)).not.toBe(anchorBefore);
    expect(await settleRestoreAtStart(t.dataDir, t.secrets)).toBe('rolled-back');
    expect(await t.secrets.get(AUDIT_ANCHOR_SECRET)).toBe(anchorBefore);
    expect(await currentRestarts()).toEqual({ unacknowledged: 0, breaks: [] });
  });
});

describe('the anchor kept in the journal, edited behind the app\'s back', () => {
  it('is put back only when the app signed it: a hand-written one is not', async () => {
    const t = probe.current();
    const { staging, anchorBefore } = await staged();
    await stoppedWhileRestoredOpened(staging);
    const restoredAnchor = await t.secrets.get(AUDIT_ANCHOR_SECRET);
    const journal = JSON.parse(readFileSync(journalPath(t.dataDir), 'utf8')) as { anchorBefore: string };
    const forged = { ...JSON.parse(anchorBefore) as { seq: number }, seq: 1 };
    writeFileSync(journalPath(t.dataDir), JSON.stringify({ ...journal, anchorBefore: JSON.stringify(forged) }));
    expect(await settleRestoreAtStart(t.dataDir, t.secrets)).toBe('rolled-back');
    expect(await t.secrets.get(AUDIT_ANCHOR_SECRET)).toBe(restoredAnchor); // left as the restored data's open wrote it
    t.core = await openAt(t.dataDir);
    expect((await t.core.getAuditStatus()).lastProblem).toBe('replaced'); // a recorded break, as before
  });
});
