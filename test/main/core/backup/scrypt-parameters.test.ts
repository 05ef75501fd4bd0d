// A backup header names its own scrypt cost. Only the parameter sets listed in the code are
// accepted: a crafted header asking for more is refused at once, before any key derivation.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memorySecretStore, restoreBackup } from '../../../../src-main/core';
import { ACCEPTED_SCRYPT, openBackup, sealBackup, SCRYPT } from '../../../../src-main/core/backup/backup-format';
import { rejection, tempDir } from '../open-test-core';

const PASS = 'correct horse battery staple';
const MAGIC_AND_VERSION = 9;

/** The same sealed file with its header's scrypt parameters replaced (the length field updated). */
function withParameters(file: Buffer, params: { N: number; r: number; p: number }): Buffer {
  const length = file.readUInt32BE(MAGIC_AND_VERSION);
  const header = JSON.parse(file.subarray(MAGIC_AND_VERSION + 4, MAGIC_AND_VERSION + 4 + length).toString('utf8')) as Record<string, unknown>;
  const crafted = Buffer.from(JSON.stringify({ ...header, ...params }), 'utf8');
  const size = Buffer.alloc(4);
  size.writeUInt32BE(crafted.length);
  return Buffer.concat([file.subarray(0, MAGIC_AND_VERSION), size, crafted, file.subarray(MAGIC_AND_VERSION + 4 + length)]);
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('backup scrypt parameters', () => {
  it('lists the one parameter set this app writes', () => {
    expect(ACCEPTED_SCRYPT).toEqual([SCRYPT]);
  });

  it.each([
    ['a memory cost of 1 GiB', { N: 2 ** 20, r: 8, p: 1 }],
    ['sixteen parallel passes', { N: 2 ** 17, r: 8, p: 16 }],
    ['a larger block size', { N: 2 ** 17, r: 32, p: 1 }],
    ['a cheaper setting (brute-force friendly)', { N: 2 ** 14, r: 8, p: 1 }],
  ])('refuses a crafted header asking for %s within a fraction of a second, changing nothing', async (_what, params) => {
    const sealed = await sealBackup({ databaseKey: 'ab'.repeat(32), database: Buffer.from('not really a database') }, PASS, '2026-05-01T03:00:00.000Z');
    const dir = tempDir('salvage-scrypt-');
    dirs.push(dir);
    const file = path.join(dir, 'crafted.sdbackup');
    fs.writeFileSync(file, withParameters(sealed, params));
    const target = path.join(dir, 'restored');
    const started = performance.now();
    const error = await rejection(restoreBackup({ dataDir: target, secrets: memorySecretStore(), path: file, passphrase: PASS }));
    const ms = performance.now() - started;
    expect(ms).toBeLessThan(250);
    expect(error.code).toBe('io');
    expect(error.messages.ja).toContain('scrypt');
    expect(error.messages.en).toContain('Nothing was changed');
    expect(fs.existsSync(target)).toBe(false);
  });

  it('still opens a backup it wrote itself', async () => {
    const sealed = await sealBackup({ databaseKey: 'ab'.repeat(32), database: Buffer.from('db bytes') }, PASS, '2026-05-01T03:00:00.000Z');
    expect((await openBackup(sealed, PASS)).database.toString()).toBe('db bytes');
  });
});
