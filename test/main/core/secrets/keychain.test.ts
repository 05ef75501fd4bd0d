// The real OS keychain (keytar + gnome-keyring under `tools/scripts/with-keyring.ts`). Runs when
// SALVAGE_TEST_KEYRING=1 (set by tools/scripts/with-keyring.ts, so `npm test` runs it) or in CI.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { keytarSecretStore, openCore } from '../../../../src-main/core';
import { keychainUnavailable } from '../../../../src-main/core/secrets';
import { DATABASE_KEY_NAME } from '../../../../src-main/core/store/database-key';
import { tempDir } from '../open-test-core';

const realKeyring = process.env.SALVAGE_TEST_KEYRING === '1' || Boolean(process.env.CI);
if (!realKeyring) {
  console.warn('keychain.test.ts: real-keychain tests skipped (run them with: npx tsx tools/scripts/with-keyring.ts npx vitest run test/main/core/secrets)');
}

const service = `Salvage Desk test ${randomUUID()}`;
const store = keytarSecretStore(service);
const dirs: string[] = [];
afterAll(async () => {
  if (realKeyring) for (const name of [DATABASE_KEY_NAME, 'probe']) await store.delete(name);
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe.skipIf(!realKeyring)('real OS keychain (SALVAGE_TEST_KEYRING=1 or CI)', () => {
  it('stores, reads and deletes a secret', async () => {
    await store.set('probe', 'value-1');
    expect(await store.get('probe')).toBe('value-1');
    expect(await store.delete('probe')).toBe(true);
    expect(await store.get('probe')).toBeNull();
    expect(await store.delete('probe')).toBe(false);
  });

  it('keeps the database key in the keychain and reopens the encrypted store with it', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    const core = await openCore({ dataDir, secrets: store });
    const draft = await core.cases.createDraft({ applicant: { name: '鍵束 花子' } });
    await core.close();
    const key = await (await import('keytar')).default.getPassword(service, DATABASE_KEY_NAME);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const again = await openCore({ dataDir, secrets: keytarSecretStore(service) });
    expect((await again.cases.get(draft.id)).input.applicant?.name).toBe('鍵束 花子');
    await again.close();
  });
});

describe.skipIf(process.platform !== 'linux')('keychain unavailable', () => {
  it('fails with keychain-unavailable and creates no database when no Secret Service answers', async () => {
    const root = path.resolve(import.meta.dirname, '../../../..');
    const { stdout } = await promisify(execFile)(
      path.join(root, 'node_modules/.bin/node'),
      ['--import', 'tsx', path.join(import.meta.dirname, 'keychain-child.ts')],
      { cwd: root, env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/salvage-bus', DISPLAY: '' }, timeout: 20_000 },
    );
    const result = JSON.parse(stdout.trim().split('\n').pop()!) as { opened: boolean; code?: string; files?: string[]; messages?: { ja: string; en: string } };
    expect(result).toMatchObject({ opened: false, code: 'keychain-unavailable', files: [] });
    expect(result.messages?.en).toMatch(/Secret Service/);
    expect(result.messages?.ja).toMatch(/gnome-keyring/);
  });

  it('tells staff what to do on each platform', () => {
    expect(keychainUnavailable(null, 'win32').messages.en).toMatch(/Credential Manager/);
    expect(keychainUnavailable(null, 'darwin').messages.ja).toMatch(/キーチェーン/);
    expect(keychainUnavailable(null, 'linux').messages.en).toMatch(/never stored in plain text/);
  });
});
