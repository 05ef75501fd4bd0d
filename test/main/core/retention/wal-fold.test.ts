// Erased values must not linger in the write-ahead log. A purge while another connection reads
// (the integrity check's worker does for seconds after open; so can any other process holding
// the file) cannot fold the WAL into the database file: the run then counts as incomplete, says
// so in Settings and on every screen, and the fold is tried again shortly after, without waiting
// on the reader, until it goes through. Someone copying the database and its WAL while the app
// runs then finds the erased name in no commit the WAL holds.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, expect, it, vi } from 'vitest';
import { FOLD_RETRY } from '../../../../src-main/core/retention/purge-runner';
import { DATABASE_KEY_NAME } from '../../../../src-main/core/store/database-key';
import { databasePath } from '../../../../src-main/core/store/open-database';
import { openTestCore, tempDir, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';

const DAY = 86_400_000;
const NAME = '読取 残存子';
const PAGE = 4096;
const FRAME = PAGE + 24;
let t: TestCore;
afterEach(async () => {
  vi.useRealTimers();
  await t?.cleanup();
});

/** The erased case's summary as each commit the WAL holds shows it (the main file alone included). */
function summariesInEveryCommit(dataDir: string, key: string, caseId: string): string[] {
  const wal = fs.existsSync(databasePath(dataDir) + '-wal') ? fs.readFileSync(databasePath(dataDir) + '-wal') : Buffer.alloc(0);
  const frames = wal.length < 32 ? 0 : Math.floor((wal.length - 32) / FRAME);
  const seen: string[] = [];
  for (let k = 0; k <= frames; k++) {
    const dir = tempDir('wal-fold-copy-');
    const copy = path.join(dir, 'copy.db');
    fs.copyFileSync(databasePath(dataDir), copy);
    if (k > 0) fs.writeFileSync(copy + '-wal', wal.subarray(0, 32 + k * FRAME));
    try {
      const db = new Database(copy, { fileMustExist: true });
      db.pragma(`cipher='sqlcipher'`);
      db.pragma(`key="x'${key}'"`);
      const summary = db.prepare<[string], string>('SELECT summary FROM cases WHERE id = ?').pluck().get(caseId);
      if (summary !== undefined) seen.push(summary);
      db.close();
    } catch {
      // a prefix that does not end at a commit
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return seen;
}

it('a purge that another reader keeps from folding the WAL is incomplete until a retry folds it; then no commit holds the erased name', async () => {
  t = await openTestCore();
  // The after-open work (its own run and the integrity check) is done before the reader comes.
  await vi.waitFor(async () => expect((await t.core.getAuditStatus()).integrity).toBe('ok'), { timeout: 20_000 });
  const d = await t.core.cases.createDraft({ applicant: { name: NAME } }, { operator: '窓口' });
  const reader = await rawDb(t.dataDir, t.secrets);
  reader.exec('BEGIN');
  reader.prepare('SELECT count(*) FROM cases').get();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  t.clock.now = new Date(t.clock.now.getTime() + 200 * DAY);

  expect(await t.core.purgeNow({ operator: '係長' })).toEqual({ purged: 1, folders: 0, notErased: 0 });
  const pending = { at: t.clock.now.toISOString(), cases: 0, folders: 0, snapshots: 0, walPending: true };
  expect((await t.core.previewPurge()).lastFailure).toEqual(pending);
  expect((await t.core.getAuditStatus()).purgeFailure).toEqual(pending); // the banner on every screen
  // A retry while the reader still holds on does not wait for it (the app stays responsive).
  // (Only timeouts are faked: the clock below is real, and a wait would take the 5 s busy timeout.)
  const started = Date.now();
  await vi.advanceTimersByTimeAsync(FOLD_RETRY.ms);
  expect(Date.now() - started).toBeLessThan(2000);
  expect((await t.core.previewPurge()).lastFailure).toEqual(pending);
  // The search below can fail: while the fold is held up, the WAL's older commits show the name.
  const key = (await t.secrets.get(DATABASE_KEY_NAME))!;
  expect(summariesInEveryCommit(t.dataDir, key, d.id).some((s) => s.includes(NAME))).toBe(true);

  reader.exec('COMMIT');
  reader.close();
  await vi.advanceTimersByTimeAsync(FOLD_RETRY.ms);
  expect((await t.core.previewPurge()).lastFailure).toBeNull();
  expect((await t.core.getAuditStatus()).purgeFailure).toBeNull();
  vi.useRealTimers();

  // Staff carry on (autosaves below the automatic checkpoint), and the running app's files are copied.
  const other = await t.core.cases.createDraft({ applicant: { name: '他 案件' } }, { operator: '窓口' });
  for (let i = 0; i < 5; i++) await t.core.cases.update(other.id, { applicant: { nameKana: `た${i}` } }, { operator: '窓口' });
  const seen = summariesInEveryCommit(t.dataDir, key, d.id);
  expect(seen.length).toBeGreaterThan(1);
  expect(seen.filter((s) => s.includes(NAME))).toEqual([]);

  await t.core.close();
  const db = await rawDb(t.dataDir, t.secrets);
  const trail = db.prepare<[], string>(`SELECT details FROM audit WHERE action = 'purge' AND case_id IS NULL ORDER BY seq`).pluck().all().map((x) => JSON.parse(x) as Record<string, unknown>);
  db.close();
  expect(trail).toEqual([
    { complete: false, notErased: 0, leftoversErased: true, walFolded: false, restoreFoldersLeft: 0, snapshotsLeft: 0 },
    { walFolded: true },
  ]);
});
