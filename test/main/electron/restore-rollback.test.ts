// A restore whose rollback cannot move a folder back: both copies are kept, nothing is left where
// retention would erase it, the error says exactly where each copy is (ja/en), and the next start
// puts the previous data back in place before anything opens.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleRestore } from '../../../src-main/core/backup/swap-data-dir';
import { journalPath } from '../../../src-main/core/backup/restore-journal';
import type { CoreError } from '../../../src-main/core/errors';
import { oldRestoreFolders } from '../../../src-main/core/retention/restore-folders';
import { createRestoreFlow, type RestoreFlowOptions } from '../../../src-main/electron/restore-flow';

let base: string;
let dataDir: string;
beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'sd-rollback-'));
  dataDir = path.join(base, 'data');
  mkdirSync(dataDir);
  writeFileSync(path.join(dataDir, 'cases.db'), 'CURRENT');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const locked = () => Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });

/** A rename that refuses the calls whose numbers are listed (1 = the first rename of the restore). */
function renameRefusing(...refused: number[]) {
  let calls = 0;
  return (from: string, to: string) => {
    calls += 1;
    if (refused.includes(calls)) throw locked();
    renameSync(from, to);
  };
}

function flow(overrides: Partial<RestoreFlowOptions>) {
  const options: RestoreFlowOptions = {
    dataDir,
    secrets: { get: async () => null, set: async () => undefined, delete: async () => false },
    restoreBackup: async ({ dataDir: target }) => {
      mkdirSync(target);
      writeFileSync(path.join(target, 'cases.db'), 'RESTORED');
    },
    confirm: async () => true,
    shutdown: async () => undefined,
    checkOpens: async () => Promise.reject(new Error('database-unreadable')),
    restart: vi.fn(),
    now: () => new Date('2026-05-01T09:00:00Z'),
    restartDelayMs: 0,
    ...overrides,
  };
  return { restore: createRestoreFlow(options), options };
}

const contents = (dir: string) => readFileSync(path.join(dir, 'cases.db'), 'utf8');
const folderHolding = (text: string) => readdirSync(base).filter((n) => n !== 'data' && !n.endsWith('.json')).find((n) => contents(path.join(base, n)) === text);

describe('a restore whose rollback fails', () => {
  it('restored data does not open and cannot be moved out: both kept, a typed ja/en error naming both, nothing for retention', async () => {
    const { restore, options } = flow({ rename: renameRefusing(3) }); // 1 current aside, 2 restored in, 3 restored out
    const error = await restore('/b.sdbackup', 'pass phrase', '窓口 太郎').then(() => null, (e: unknown) => e as CoreError);
    expect(error?.code).toBe('restore-incomplete');
    const previous = folderHolding('CURRENT')!;
    expect(previous).toMatch(/^data\.previous-/);
    expect(error?.messages.ja).toContain(path.join(base, previous));
    expect(error?.messages.ja).toContain('どちらのデータも削除していません');
    expect(error?.messages.en).toContain(path.join(base, previous));
    expect(error?.messages.en).toContain(`data being restored: ${dataDir}`);
    expect(contents(dataDir)).toBe('RESTORED');
    expect(readdirSync(base).some((n) => n.includes('.before-restore-'))).toBe(false);
    // Even long after, retention finds nothing of the previous data to erase.
    expect(oldRestoreFolders(dataDir, new Date('2027-01-01T00:00:00Z'))).toEqual([]);
    await vi.waitFor(() => expect(options.restart).toHaveBeenCalled());

    // The next start, the lock gone: the previous data is put back before anything opens.
    expect(settleRestore(dataDir)).toBe('rolled-back');
    expect(contents(dataDir)).toBe('CURRENT');
    expect(readdirSync(base)).toEqual(['data']);
  });

  it('the restored folder would not move in and the previous one will not move back: both kept, the start puts it back', async () => {
    const { restore } = flow({ rename: renameRefusing(2, 3), checkOpens: async () => undefined });
    const error = await restore('/b.sdbackup', 'pass phrase', '窓口 太郎').then(() => null, (e: unknown) => e as CoreError);
    expect(error?.code).toBe('restore-incomplete');
    expect(existsSync(dataDir)).toBe(false);
    expect(folderHolding('CURRENT')).toMatch(/^data\.previous-/);
    expect(folderHolding('RESTORED')).toMatch(/^data\.restoring-/); // the staging copy was not deleted
    expect(existsSync(journalPath(dataDir))).toBe(true);

    // A start while the folder is still locked refuses, with the same exact message, and moves nothing.
    expect(() => settleRestore(dataDir, () => { throw locked(); })).toThrow(expect.objectContaining({ code: 'restore-incomplete' }));
    expect(existsSync(dataDir)).toBe(false);
    expect(settleRestore(dataDir)).toBe('rolled-back');
    expect(contents(dataDir)).toBe('CURRENT');
    expect(settleRestore(dataDir)).toBe('none');
  });

  it('a journal that cannot be written (full disk, read-only folder) stops the swap before anything moves, with a typed error', async () => {
    mkdirSync(journalPath(dataDir)); // a directory in the journal's place: writing it fails
    const { restore } = flow({ checkOpens: async () => undefined });
    await expect(restore('/b.sdbackup', 'pass phrase', '窓口 太郎')).rejects.toMatchObject({ code: 'io' });
    expect(contents(dataDir)).toBe('CURRENT');
    expect(readdirSync(base).filter((n) => n.startsWith('data.'))).toEqual(['data.restore-journal.json']);
  });

  it('a successful restore still keeps the previous data as before-restore (erased by retention), and leaves no journal', async () => {
    const { restore } = flow({ checkOpens: async () => undefined });
    expect(await restore('/b.sdbackup', 'pass phrase', '窓口 太郎')).toBe(true);
    expect(contents(dataDir)).toBe('RESTORED');
    expect(folderHolding('CURRENT')).toMatch(/^data\.before-restore-/);
    expect(existsSync(journalPath(dataDir))).toBe(false);
  });
});
