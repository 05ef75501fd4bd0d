import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CoreError } from '../../../src-main/core/errors';
import { createRestoreFlow } from '../../../src-main/electron/restore-flow';

let base: string;
let dataDir: string;
beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'sd-restore-'));
  dataDir = path.join(base, 'data');
  mkdirSync(dataDir);
  writeFileSync(path.join(dataDir, 'cases.db'), 'CURRENT');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

function flow(overrides: Partial<Parameters<typeof createRestoreFlow>[0]> = {}) {
  const order: string[] = [];
  const options = {
    dataDir,
    secrets: { get: async () => null, set: async () => undefined, delete: async () => false },
    restoreBackup: vi.fn(async ({ dataDir: target }: { dataDir: string }) => {
      mkdirSync(target);
      writeFileSync(path.join(target, 'cases.db'), 'RESTORED');
    }),
    confirm: vi.fn(async () => true),
    shutdown: vi.fn(async () => void order.push('shutdown')),
    checkOpens: vi.fn(async (dir: string) => {
      order.push(`opened ${readFileSync(path.join(dir, 'cases.db'), 'utf8')}`);
    }) as (dir: string) => Promise<void>,
    restart: vi.fn(() => void order.push('restart')),
    now: () => new Date('2026-05-01T09:00:00Z'),
    restartDelayMs: 0,
    ...overrides,
  };
  return { restore: createRestoreFlow(options), options, order };
}

describe('restore flow', () => {
  it('restores beside the data, closes the core, swaps, opens the restored data, and only then answers and restarts', async () => {
    const { restore, options, order } = flow();
    expect(await restore('/b.sdbackup', 'pass phrase', '窓口 太郎')).toBe(true);
    expect(order).toEqual(['shutdown', 'opened RESTORED']); // "restored" is said after the new data opened
    await vi.waitFor(() => expect(options.restart).toHaveBeenCalled());
    expect(order).toEqual(['shutdown', 'opened RESTORED', 'restart']);
    expect(readFileSync(path.join(dataDir, 'cases.db'), 'utf8')).toBe('RESTORED');
    const kept = readdirSync(base).find((n) => n.startsWith('data.before-restore-'));
    expect(kept).toBeDefined();
    expect(readFileSync(path.join(base, kept as string, 'cases.db'), 'utf8')).toBe('CURRENT');
  });

  it('a wrong passphrase changes nothing and reports the core error', async () => {
    const wrong = new CoreError('backup-passphrase', { ja: 'パスフレーズが違います。', en: 'Wrong passphrase.' });
    const { restore, options } = flow({ restoreBackup: vi.fn(async () => Promise.reject(wrong)) });
    await expect(restore('/b.sdbackup', 'nope', 'x')).rejects.toBe(wrong);
    expect(options.shutdown).not.toHaveBeenCalled();
    expect(readdirSync(base)).toEqual(['data']);
    expect(readFileSync(path.join(dataDir, 'cases.db'), 'utf8')).toBe('CURRENT');
  });

  it('a rename refused by a file lock (Windows) leaves the current data intact and says so in ja/en', async () => {
    const locked = Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });
    let calls = 0;
    const rename = (from: string, to: string) => {
      calls += 1;
      if (calls === 2) throw locked; // the current data moved aside, the restored folder will not move in
      renameSync(from, to);
    };
    const { restore, options } = flow({ rename });
    const error = await restore('/b.sdbackup', 'pass phrase', '窓口 太郎').then(() => null, (e: unknown) => e as CoreError);
    expect(error?.messages.ja).toContain('現在のデータはそのまま残っています');
    expect(error?.messages.en).toContain('Your current data is intact');
    expect(readFileSync(path.join(dataDir, 'cases.db'), 'utf8')).toBe('CURRENT');
    expect(readdirSync(base)).toEqual(['data']); // rolled back, staging removed
    expect(options.checkOpens).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(options.restart).toHaveBeenCalled()); // back on the current data
  });

  it('restored data that does not open is rolled back too', async () => {
    const { restore } = flow({ checkOpens: vi.fn(async () => Promise.reject(new Error('database-unreadable'))) });
    await expect(restore('/b.sdbackup', 'pass phrase', '窓口 太郎')).rejects.toMatchObject({ code: 'io' });
    expect(readFileSync(path.join(dataDir, 'cases.db'), 'utf8')).toBe('CURRENT');
    expect(readdirSync(base)).toEqual(['data']);
  });

  it('does nothing when the user cancels the confirmation', async () => {
    const { restore, options } = flow({ confirm: vi.fn(async () => false) });
    expect(await restore('/b.sdbackup', 'pass phrase', 'x')).toBe(false);
    expect(options.restoreBackup).not.toHaveBeenCalled();
    expect(existsSync(dataDir)).toBe(true);
  });
});
