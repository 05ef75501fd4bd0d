// Test helper: a core over a fresh temporary data directory, an in-memory keychain and a fixed
// clock (2026-05-01 12:00 in Tokyo, inside the window of completeCase()).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memorySecretStore, openCore, type Core, type SecretStore } from '../../../src-main/core';
import type { ProfileWriteCheck } from '../../../src-main/core/settings/profile-write-check';

export const TEST_NOW = new Date('2026-05-01T03:00:00Z');

export const TEST_STAFF = ['窓口 太郎', '係長', '窓口', '係長 次郎', '確認 花子', 'a', 'b', 'x', 'bench'].map((name) => ({ name, role: '学務係' }));

export interface TestCore {
  core: Core;
  dataDir: string;
  secrets: SecretStore;
  clock: { now: Date };
  reopen(): Promise<Core>;
  cleanup(): Promise<void>;
}

export function tempDir(prefix = 'salvage-core-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function openTestCore(opts: { department?: boolean; dataDir?: string; secrets?: SecretStore; profilePath?: string | null; profileWriteCheck?: ProfileWriteCheck; fetch?: typeof fetch } = {}): Promise<TestCore> {
  const dataDir = opts.dataDir ?? tempDir();
  const secrets = opts.secrets ?? memorySecretStore();
  const clock = { now: TEST_NOW };
  // No machine-wide profile unless a test names one: a profile installed on this PC must not leak in.
  const open = () => openCore({ dataDir, secrets, now: () => clock.now, profilePath: opts.profilePath ?? null, ...(opts.profileWriteCheck ? { profileWriteCheck: opts.profileWriteCheck } : {}), ...(opts.fetch ? { fetch: opts.fetch } : {}) });
  const t: TestCore = {
    core: await open(),
    dataDir,
    secrets,
    clock,
    async reopen() {
      await t.core.close();
      t.core = await open();
      return t.core;
    },
    async cleanup() {
      await t.core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  // Operators are staff: the names the core tests act under are configured, as at a real counter.
  // `department: false` leaves the installation unconfigured (first run).
  if (opts.department !== false) {
    await t.core.settings.update({ department: { code: 'engineering', name: '工学部' }, staff: TEST_STAFF }, { operator: TEST_STAFF[0]!.name });
  }
  return t;
}

/** The CoreError a promise rejects with (fails the test if it resolves). */
export async function rejection(p: Promise<unknown>): Promise<{ code: string; issues: { path: string; code: string; message: { ja: string; en: string } }[]; messages: { ja: string; en: string } }> {
  try {
    await p;
  } catch (e) {
    return e as never;
  }
  throw new Error('expected the call to fail');
}
