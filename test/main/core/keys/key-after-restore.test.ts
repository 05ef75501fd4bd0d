// A backup made before a key rotation, restored while the keychain holds the newer key: the data
// adopts the keychain's key and retires the ones it knew, and the trail says so (the rotation's own
// entry went with the trail the restore replaced); the desk's key list says why the key was retired.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, restoreBackup } from '../../../../src-main/core';
import { openTestCore, tempDir, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';

const PASS = 'correct horse battery staple';
let t: TestCore;
beforeEach(async () => { t = await openTestCore(); });
afterEach(async () => { await t.cleanup(); });

describe('a signing key the restored data never recorded', () => {
  it('is adopted with a key-rotate entry, and the key it replaces is listed as retired for that reason', async () => {
    const before = await t.core.keys.thumbprint();
    const file = path.join(tempDir('key-restore-bk-'), 'b.sdbackup');
    await t.core.exportBackup(file, PASS, { operator: '係長' });
    await t.core.keys.rotate({ operator: '係長', reason: 'suspected-leak' });
    const after = await t.core.keys.thumbprint();
    await t.core.close();
    const target = path.join(tempDir('key-restore-data-'), 'data');
    await restoreBackup({ dataDir: target, secrets: t.secrets, path: file, passphrase: PASS, operator: '係長' });
    const core = await openCore({ dataDir: target, secrets: t.secrets, now: () => t.clock.now, profilePath: null });
    expect(await core.keys.thumbprint()).toBe(after);
    const jwksFile = path.join(tempDir('key-restore-jwks-'), 'k.jwks.json');
    await core.keys.exportPublicJwks(jwksFile, { operator: '係長' });
    await core.close();
    const listed = (JSON.parse(readFileSync(jwksFile, 'utf8')) as { keys: { kid: string; status: string; status_reason?: string }[] }).keys;
    expect(listed.find((k) => k.kid === before)).toMatchObject({ status: 'retired', status_reason: expect.stringContaining('キーチェーン') });
    const db = await rawDb(target, t.secrets);
    const rotations = (db.prepare(`SELECT details FROM audit WHERE action = 'key-rotate'`).pluck().all() as string[]).map((d) => JSON.parse(d) as Record<string, unknown>);
    db.close();
    expect(rotations).toEqual([expect.objectContaining({ kid: after, reason: 'keychain-key-unknown', retired: 1 })]);
  });

  it('a plain reopen with the key the data knows writes no key-rotate entry', async () => {
    await t.core.close();
    const core = await openCore({ dataDir: t.dataDir, secrets: t.secrets, now: () => t.clock.now, profilePath: null });
    await core.close();
    const db = await rawDb(t.dataDir, t.secrets);
    expect(db.prepare(`SELECT count(*) FROM audit WHERE action = 'key-rotate'`).pluck().get()).toBe(0);
    db.close();
  });
});
