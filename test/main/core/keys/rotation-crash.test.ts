// A key rotation is audited even when the process dies between the keychain write and the
// database write: a real SIGKILL right after the new key reached the keychain, then the next open.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../../src-main/core';
import { SIGNING_KEY_SECRET } from '../../../../src-main/core/keys';
import { fileSecretStore } from '../../../support/file-secret-store';
import { tempDir } from '../open-test-core';
import { rawDb } from '../raw-db';

const root = path.resolve(import.meta.dirname, '../../../..');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function runChild(env: Record<string, string>): Promise<{ out: string; signal: NodeJS.Signals | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules/.bin/node'), ['--import', 'tsx', path.join(import.meta.dirname, 'rotation-crash-child.ts')], {
      cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (_code, signal) => resolve({ out, signal, err }));
  });
}

describe('key rotation and a crash', () => {
  it('a rotation that reached the keychain but not the database is recorded and audited at the next open', async () => {
    const dir = tempDir('salvage-rotate-crash-');
    dirs.push(dir);
    const dataDir = path.join(dir, 'data');
    const keychain = path.join(dir, 'keychain.json');
    const { out, signal, err } = await runChild({ ROTATE_DATA_DIR: dataDir, ROTATE_KEYCHAIN: keychain });
    expect(err).toBe('');
    expect(signal).toBe('SIGKILL');
    expect(out).not.toContain('survived');
    const oldKid = /^K (\S+)$/m.exec(out)?.[1];
    const secrets = fileSecretStore(keychain);
    const newKid = (JSON.parse((await secrets.get(SIGNING_KEY_SECRET))!) as { kid: string }).kid;
    expect(newKid).not.toBe(oldKid);

    const core = await openCore({ dataDir, secrets, profilePath: null });
    try {
      expect(await core.keys.thumbprint()).toBe(newKid);
      expect(await core.verifyAudit()).toMatchObject({ ok: true, problem: null });
    } finally {
      await core.close();
    }
    const db = await rawDb(dataDir, secrets);
    const audited = db.prepare<[], { operator: string; details: string }>(`SELECT operator, details FROM audit WHERE action = 'key-rotate'`).all();
    const keys = db.prepare(`SELECT kid, retired_at IS NOT NULL AS retired FROM department_keys ORDER BY retired`).all();
    const marker = db.prepare(`SELECT count(*) FROM meta WHERE key = 'pending-key-rotation'`).pluck().get();
    db.close();
    expect(audited.map((a) => ({ operator: a.operator, ...(JSON.parse(a.details) as object) }))).toEqual([
      expect.objectContaining({ operator: '係長', kid: newKid, reason: 'staff-change', retired: 1, completedAtOpen: true }),
    ]);
    expect(keys).toEqual([{ kid: newKid, retired: 0 }, { kid: oldKid, retired: 1 }]);
    expect(marker).toBe(0);
  }, 60_000);
});
