// A set-aside folder (a full copy of the data from before a restore) past its 30 days that cannot
// be removed — a file in it locked by antivirus or the indexer — is not erased: the run says so
// like a case it could not erase (incomplete, audited by count, shown in Settings and on every
// screen), and the next run that can remove it clears the notice.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { openTestCore, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';

let t: TestCore;
let old = '';
afterEach(async () => {
  vi.restoreAllMocks();
  fs.rmSync(old, { recursive: true, force: true });
  await t?.cleanup();
});

it('a due before-restore folder that cannot be removed leaves the run incomplete until a later run removes it', async () => {
  t = await openTestCore();
  old = `${t.dataDir}.before-restore-2026-03-01T00-00-00-000Z`;
  fs.mkdirSync(old);
  fs.writeFileSync(path.join(old, 'salvage-desk.db'), 'pre-restore copy with personal data');
  const realRm = fs.rmSync;
  const locked = vi.spyOn(fs, 'rmSync').mockImplementation((p, o) => {
    if (String(p).includes('.before-restore-')) throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    return realRm(p, o);
  });

  expect(await t.core.purgeNow({ operator: '係長' })).toEqual({ purged: 0, folders: 0, notErased: 0 });
  expect(fs.existsSync(old)).toBe(true);
  const left = { at: t.clock.now.toISOString(), cases: 0, folders: 1, snapshots: 0, walPending: false };
  expect(await t.core.previewPurge()).toMatchObject({ oldRestoreFolders: 1, lastFailure: left });
  expect((await t.core.getAuditStatus()).purgeFailure).toEqual(left);

  locked.mockRestore();
  expect(await t.core.purgeNow({ operator: '係長' })).toEqual({ purged: 0, folders: 1, notErased: 0 });
  expect(fs.existsSync(old)).toBe(false);
  expect((await t.core.previewPurge()).lastFailure).toBeNull();

  await t.core.close();
  const db = await rawDb(t.dataDir, t.secrets);
  const trail = db.prepare<[], string>(`SELECT details FROM audit WHERE action = 'purge' ORDER BY seq`).pluck().all().map((x) => JSON.parse(x) as Record<string, unknown>);
  db.close();
  expect(trail).toEqual([
    { complete: false, notErased: 0, leftoversErased: true, walFolded: true, restoreFoldersLeft: 1, snapshotsLeft: 0 },
    { restoreFolders: 1 },
  ]);
  expect(JSON.stringify(trail)).not.toContain(path.basename(old)); // counts only, no path
});
