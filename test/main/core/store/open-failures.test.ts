// A database that will not open is never reset: openCore fails with a typed error and every
// byte of the file stays as it was. The full integrity check (every page) runs before a schema
// upgrade, and otherwise after the first screen; damage found then refuses every later open.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memorySecretStore, openCore, type SecretStore } from '../../../../src-main/core';
import { DATABASE_KEY_NAME } from '../../../../src-main/core/store/database-key';
import { databasePath } from '../../../../src-main/core/store/open-database';
import { rejection, tempDir } from '../open-test-core';
import { rawDb } from '../raw-db';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((f) => [f, createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]));
}

async function populated(): Promise<{ dataDir: string; secrets: SecretStore }> {
  const dataDir = tempDir();
  dirs.push(dataDir);
  const secrets = memorySecretStore();
  const core = await openCore({ dataDir, secrets });
  for (let i = 0; i < 50; i += 1) await core.cases.createDraft({ applicant: { name: `名前 ${i}` }, request: { reason: 'x'.repeat(500) } });
  await core.close();
  return { dataDir, secrets };
}

describe('opening the store', () => {
  it('creates a new database with a fresh key in the keychain', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    const secrets = memorySecretStore();
    const core = await openCore({ dataDir, secrets });
    await core.close();
    expect(await secrets.get(DATABASE_KEY_NAME)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a wrong key and leaves the file untouched', async () => {
    const { dataDir } = await populated();
    const before = snapshot(dataDir);
    const wrong = memorySecretStore({ [DATABASE_KEY_NAME]: randomBytes(32).toString('hex') });
    const err = await rejection(openCore({ dataDir, secrets: wrong }));
    expect(err.code).toBe('database-unreadable');
    expect(err.messages.en).toMatch(/left as it is/);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('refuses when the database exists but its key is missing, without creating a new key', async () => {
    const { dataDir } = await populated();
    const before = snapshot(dataDir);
    const empty = memorySecretStore();
    expect((await rejection(openCore({ dataDir, secrets: empty }))).code).toBe('database-unreadable');
    expect(await empty.get(DATABASE_KEY_NAME)).toBeNull();
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('refuses a file that is not a database', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    fs.writeFileSync(databasePath(dataDir), 'these are not the pages you are looking for'.repeat(200));
    const secrets = memorySecretStore({ [DATABASE_KEY_NAME]: randomBytes(32).toString('hex') });
    const before = snapshot(dataDir);
    expect((await rejection(openCore({ dataDir, secrets }))).code).toBe('database-unreadable');
    expect(snapshot(dataDir)).toEqual(before);
  });

  /** Damage one page in the middle of the file: the first page, and so the key check, stays intact. */
  function damagePage(dataDir: string): void {
    const file = databasePath(dataDir);
    const bytes = fs.readFileSync(file);
    expect(bytes.length).toBeGreaterThan(8 * 4096);
    bytes.fill(0x41, 5 * 4096 + 100, 5 * 4096 + 200);
    fs.writeFileSync(file, bytes);
  }

  it('refuses a damaged database before a schema upgrade, leaving it as it is', async () => {
    const { dataDir, secrets } = await populated();
    const db = await rawDb(dataDir, secrets);
    db.pragma('user_version = 7'); // one migration pending: the check must run before it writes
    db.close();
    damagePage(dataDir);
    const before = snapshot(dataDir);
    const err = await rejection(openCore({ dataDir, secrets }));
    expect(err.code).toBe('database-unreadable');
    expect(err.messages.en).toMatch(/integrity/);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('finds a damaged page after the first screen, says so, and refuses every later open, leaving the file as it is', async () => {
    const { dataDir, secrets } = await populated();
    damagePage(dataDir);
    // Only a full read of every page finds it: that runs in the background, in a worker.
    const core = await openCore({ dataDir, secrets, afterOpenDelayMs: 0 });
    let integrity = (await core.getAuditStatus()).integrity;
    for (let i = 0; i < 500 && (integrity === 'waiting' || integrity === 'checking'); i += 1) {
      await new Promise((r) => setTimeout(r, 10));
      integrity = (await core.getAuditStatus()).integrity;
    }
    expect(integrity).toBe('damaged');
    await core.close();
    const before = snapshot(dataDir);
    const err = await rejection(openCore({ dataDir, secrets }));
    expect(err.code).toBe('database-unreadable');
    expect(err.messages.en).toMatch(/integrity/);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('an intact database passes the background check', async () => {
    const { dataDir, secrets } = await populated();
    const core = await openCore({ dataDir, secrets, afterOpenDelayMs: 0 });
    let integrity = (await core.getAuditStatus()).integrity;
    for (let i = 0; i < 500 && (integrity === 'waiting' || integrity === 'checking'); i += 1) {
      await new Promise((r) => setTimeout(r, 10));
      integrity = (await core.getAuditStatus()).integrity;
    }
    await core.close();
    expect(integrity).toBe('ok');
    expect(fs.readdirSync(dataDir)).toEqual(['salvage-desk.db']);
  });

  it('refuses a database written by a newer version', async () => {
    const { dataDir, secrets } = await populated();
    const db = await rawDb(dataDir, secrets);
    db.pragma('user_version = 999');
    db.close();
    const err = await rejection(openCore({ dataDir, secrets }));
    expect(err.code).toBe('database-unreadable');
    expect(err.messages.en).toMatch(/newer/);
  });

  it('fails with keychain-unavailable when the keychain throws, creating nothing', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    const broken: SecretStore = {
      get: () => Promise.reject(new Error('org.freedesktop.secrets was not provided by any .service files')),
      set: () => Promise.reject(new Error('locked')),
      delete: () => Promise.reject(new Error('locked')),
    };
    const err = await rejection(openCore({ dataDir, secrets: broken }));
    expect(err.code).toBe('keychain-unavailable');
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('creates private files: directory 0700, database, WAL and SHM 0600', async () => {
    if (process.platform === 'win32') return;
    const dataDir = path.join(tempDir(), 'nested', 'data');
    dirs.push(path.dirname(path.dirname(dataDir)));
    const previous = process.umask(0o022);
    try {
      const core = await openCore({ dataDir, secrets: memorySecretStore() });
      await core.cases.createDraft({ applicant: { name: 'x' } });
      const files = fs.readdirSync(dataDir).sort();
      expect(files).toEqual(['salvage-desk.db', 'salvage-desk.db-shm', 'salvage-desk.db-wal']);
      for (const f of files) expect((fs.statSync(path.join(dataDir, f)).mode & 0o777).toString(8), f).toBe('600');
      expect((fs.statSync(dataDir).mode & 0o777).toString(8)).toBe('700');
      await core.close();
    } finally {
      process.umask(previous);
    }
  });
});
