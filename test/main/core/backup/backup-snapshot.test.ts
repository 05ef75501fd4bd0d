// The temporary snapshot a backup is made from is a full copy of the database in the data folder.
// One the export cannot remove (a lock by antivirus or the indexer) fails the backup with a typed
// error that says so, is reported by every retention run that cannot remove it either, and goes
// at the next run or open that can: after that, someone holding the data folder and every key
// finds no trace of an erased case in it. One a crash left behind goes at the next open.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { listingSecretStore } from '../../../support/listing-secret-store';
import { openTestCore, rejection, tempDir, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';
import { everythingHeld, searchAll } from '../retention/erasure-search';

const DAY = 86_400_000;
const PASS = 'correct horse battery staple 42';
const NAME = '控え 残存子';
let t: TestCore;
let out = '';
afterEach(async () => {
  vi.restoreAllMocks();
  if (out) fs.rmSync(out, { recursive: true, force: true });
  await t?.cleanup();
});

const snapshots = (): string[] => fs.readdirSync(t.dataDir).filter((f) => f.startsWith('.backup-'));

/** Every file in the data folder, the database and any snapshot left, decrypted, searched for the name. */
async function heldNames(secrets: ReturnType<typeof listingSecretStore>, names: readonly string[]): Promise<string[]> {
  const db = await rawDb(t.dataDir, secrets);
  const { haystacks, keys } = everythingHeld(t.dataDir, db, secrets.entries().map(([, v]) => v));
  db.close();
  return searchAll(haystacks, names, keys).hits;
}

it('a snapshot the export cannot remove fails the backup plainly, is reported by each run that cannot remove it, and goes once it can be', async () => {
  const secrets = listingSecretStore();
  t = await openTestCore({ secrets });
  const d = await t.core.cases.createDraft({ applicant: { name: NAME } }, { operator: '窓口' });
  const realRm = fs.rmSync;
  const locked = vi.spyOn(fs, 'rmSync').mockImplementation((p, o) => {
    if (path.basename(String(p)).startsWith('.backup-')) throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    return realRm(p, o);
  });
  out = tempDir('backup-snapshot-');
  const err = await rejection(t.core.exportBackup(path.join(out, 'b.sdbackup'), PASS, { operator: '係長' }));
  expect(err.code).toBe('io');
  expect(err.messages.ja).toContain('バックアップ用の一時コピー(データベースの複製)をデータフォルダーから削除できませんでした');
  expect(err.messages.ja).toContain('バックアップは保存していません');
  expect(err.messages.en).toContain('The backup was not saved');
  expect(fs.readdirSync(out)).toEqual([]);
  expect(snapshots()).toHaveLength(1);

  // Past the retention period, the case is erased, but the locked snapshot still holds it.
  t.clock.now = new Date(t.clock.now.getTime() + 400 * DAY);
  expect(await t.core.purgeNow({ operator: '係長' })).toMatchObject({ purged: 1, notErased: 0 });
  const left = { at: t.clock.now.toISOString(), cases: 0, folders: 0, snapshots: 1, walPending: false };
  expect((await t.core.previewPurge()).lastFailure).toEqual(left);
  expect((await t.core.getAuditStatus()).purgeFailure).toEqual(left);
  await t.core.close();
  expect((await heldNames(secrets, [NAME])).some((h) => h.startsWith('raw'))).toBe(true); // the search can fail

  locked.mockRestore();
  await t.reopen();
  expect(snapshots()).toEqual([]); // removed at open
  await t.core.purgeNow({ operator: '係長' });
  expect((await t.core.previewPurge()).lastFailure).toBeNull();
  expect((await t.core.cases.get(d.id)).purgedAt).not.toBeNull();
  await t.core.close();
  expect(await heldNames(secrets, [NAME])).toEqual([]);
});

it('a run that can remove a leftover snapshot does, and audits how many (no name)', async () => {
  t = await openTestCore();
  await t.core.close();
  const db = await rawDb(t.dataDir, t.secrets);
  db.prepare('VACUUM INTO ?').run(path.join(t.dataDir, '.backup-left-by-a-crash.tmp'));
  db.close();
  await t.reopen();
  expect(snapshots()).toEqual([]); // gone at open, before any run
  // One that appears while the app runs (an export interrupted by a crash of another window) goes at the next run.
  fs.writeFileSync(path.join(t.dataDir, '.backup-another.tmp'), 'copy');
  expect(await t.core.purgeNow({ operator: '係長' })).toEqual({ purged: 0, folders: 0, notErased: 0 });
  expect(snapshots()).toEqual([]);
  expect((await t.core.previewPurge()).lastFailure).toBeNull();
  await t.core.close();
  const raw = await rawDb(t.dataDir, t.secrets);
  const trail = raw.prepare<[], string>(`SELECT details FROM audit WHERE action = 'purge' ORDER BY seq`).pluck().all();
  raw.close();
  expect(trail).toEqual([JSON.stringify({ snapshotsRemoved: 1 })]);
});

it('a backup whose snapshot is removed as usual leaves nothing behind', async () => {
  t = await openTestCore();
  out = tempDir('backup-snapshot-');
  await t.core.exportBackup(path.join(out, 'b.sdbackup'), PASS, { operator: '係長' });
  expect(fs.readdirSync(out)).toEqual(['b.sdbackup']);
  expect(snapshots()).toEqual([]);
});
