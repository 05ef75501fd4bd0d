// Review probe: a restore the user was told succeeded must not be undone silently at the next
// start. When the journal's "done" cannot be written (full disk) and the previous folder cannot be
// moved on (a lock), the journal still says "swapping" after "restored" was answered.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleRestore } from '../../../src-main/core/backup/swap-data-dir';
import { journalPath } from '../../../src-main/core/backup/restore-journal';
import { createRestoreFlow } from '../../../src-main/electron/restore-flow';

let base: string;
let dataDir: string;
beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'sd-told-probe-'));
  dataDir = path.join(base, 'data');
  mkdirSync(dataDir);
  writeFileSync(path.join(dataDir, 'cases.db'), 'CURRENT');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const contents = () => readFileSync(path.join(dataDir, 'cases.db'), 'utf8');

describe('a restore answered "restored"', () => {
  it('is still in place after the next start, with what staff did since', async () => {
    let renames = 0;
    const journalTmp = `${journalPath(dataDir)}.${process.pid}.tmp`;
    const restore = createRestoreFlow({
      dataDir,
      secrets: { get: async () => null, set: async () => undefined, delete: async () => false },
      restoreBackup: async ({ dataDir: target }) => {
        mkdirSync(target);
        writeFileSync(path.join(target, 'cases.db'), 'RESTORED');
      },
      confirm: async () => true,
      shutdown: async () => undefined,
      // The disk fills while the restored data is opened: the journal's next write fails.
      checkOpens: async () => mkdirSync(journalTmp),
      restart: vi.fn(),
      now: () => new Date('2026-05-01T09:00:00Z'),
      restartDelayMs: 0,
      // 1 current aside, 2 restored in, 3 previous on to before-restore (locked by a scanner)
      rename: (from, to) => {
        renames += 1;
        if (renames === 3) throw Object.assign(new Error('EPERM: rename'), { code: 'EPERM' });
        renameSync(from, to);
      },
    });
    const told = await restore('/b.sdbackup', 'pass phrase', '窓口 太郎').then((r) => r, () => false);
    rmSync(journalTmp, { recursive: true, force: true }); // the disk has room again
    if (told) writeFileSync(path.join(dataDir, 'cases.db'), 'RESTORED + a case entered after the restore');
    settleRestore(dataDir); // the next start
    expect(contents()).toBe(told ? 'RESTORED + a case entered after the restore' : 'CURRENT');
  });
});
