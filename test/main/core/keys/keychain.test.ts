// The department key in the real OS keychain (keytar + gnome-keyring under
// tools/scripts/with-keyring.ts, so `npm test` runs it; skipped otherwise): the private JWK is there and only there, and the same
// key comes back after a restart.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keytarSecretStore, openCore } from '../../../../src-main/core';
import { SIGNING_KEY_SECRET } from '../../../../src-main/core/keys';
import { DATABASE_KEY_NAME } from '../../../../src-main/core/store/database-key';
import { tempDir } from '../../../../tools/fixtures/desk-signing';

const realKeyring = process.env.SALVAGE_TEST_KEYRING === '1' || Boolean(process.env.CI);
const service = `Salvage Desk keys test ${randomUUID()}`;
const dirs: string[] = [];
afterAll(async () => {
  if (realKeyring) for (const name of [DATABASE_KEY_NAME, SIGNING_KEY_SECRET]) await keytarSecretStore(service).delete(name);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe.skipIf(!realKeyring)('department key in the real OS keychain', () => {
  it('keeps the private JWK in the keychain only, and the same key after a restart and a new one after rotate', async () => {
    const dataDir = tempDir('keys-keychain');
    dirs.push(dataDir);
    const core = await openCore({ dataDir, secrets: keytarSecretStore(service) });
    const jwk = await core.keys.publicJwk();
    await core.close();

    const keytar = (await import('keytar')).default;
    const stored = JSON.parse((await keytar.getPassword(service, SIGNING_KEY_SECRET))!) as { x: string; d: string; kid: string };
    expect(stored).toMatchObject({ x: jwk.x, kid: jwk.kid });
    for (const f of readdirSync(dataDir)) expect(readFileSync(path.join(dataDir, f)).includes(stored.d)).toBe(false);

    const again = await openCore({ dataDir, secrets: keytarSecretStore(service) });
    expect(await again.keys.publicJwk()).toEqual(jwk);
    await again.settings.update({ staff: [{ name: '係長', role: '学務係長' }] }, { operator: '係長' });
    const rotated = await again.keys.rotate({ operator: '係長', reason: 'scheduled' });
    await again.close();
    const after = JSON.parse((await keytar.getPassword(service, SIGNING_KEY_SECRET))!) as { kid: string };
    expect(after.kid).toBe(rotated.kid);
    expect(after.kid).not.toBe(jwk.kid);
  });
});
