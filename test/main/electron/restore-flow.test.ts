import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    restart: vi.fn(() => void order.push('restart')),
    now: () => new Date('2026-05-01T09:00:00Z'),
    swapDelayMs: 0,
    ...overrides,
  };
  return { restore: createRestoreFlow(options), options, order };
}

describe('restore flow', () => {
  it('restores beside the data, then closes the core, keeps the old data and restarts on the restored data', async () => {
    const { restore, options, order } = flow();
    expect(await restore('/b.sdbackup', 'pass phrase', '窓口 太郎')).toBe(true);
    expect(readFileSync(path.join(dataDir, 'cases.db'), 'utf8')).toBe('CURRENT'); // untouched until the answer is sent
    await vi.waitFor(() => expect(options.restart).toHaveBeenCalled());
    expect(order).toEqual(['shutdown', 'restart']);
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

  it('does nothing when the user cancels the confirmation', async () => {
    const { restore, options } = flow({ confirm: vi.fn(async () => false) });
    expect(await restore('/b.sdbackup', 'pass phrase', 'x')).toBe(false);
    expect(options.restoreBackup).not.toHaveBeenCalled();
    expect(existsSync(dataDir)).toBe(true);
  });
});
