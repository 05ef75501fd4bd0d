import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { calculateJwkThumbprint, compactVerify, createLocalJWKSet, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { createKeys, currentSigningKey, SIGNING_KEY_SECRET, signPayload } from '../../../../src-main/core/keys';
import { memorySecretStore } from '../../../../src-main/core/secrets';
import { fakeCoreContext } from '../../../support/fake-core-context';
import { samplePayload } from '../../../../tools/fixtures/sample-payload';

describe('department key', () => {
  it('is generated on first open; the private half only in the keychain, the public JWK with its RFC 7638 kid', async () => {
    const ctx = fakeCoreContext();
    const keys = await createKeys(ctx);
    const jwk = await keys.publicJwk();
    expect(Object.keys(jwk).sort()).toEqual(['crv', 'kid', 'kty', 'x']);
    expect(jwk.kid).toBe(await calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: jwk.x }));
    expect(await keys.thumbprint()).toBe(jwk.kid);
    const secret = JSON.parse((await ctx.secrets.get(SIGNING_KEY_SECRET))!) as { d: string; x: string };
    expect(secret.x).toBe(jwk.x);
    const dbText = JSON.stringify(ctx.db.prepare('SELECT * FROM department_keys').all());
    expect(dbText).toContain(jwk.x);
    expect(dbText).not.toContain(secret.d);
    expect(ctx.auditLog).toEqual([]); // setup, not an operator action
  });

  it('is the same key on the next open', async () => {
    const secrets = memorySecretStore();
    const ctx = fakeCoreContext({ secrets });
    const first = await (await createKeys(ctx)).publicJwk();
    const again = await (await createKeys(ctx)).publicJwk();
    expect(again).toEqual(first);
  });

  it('signs with the protected header exactly {"alg":"EdDSA","kid":…,"typ":"salvage-request+jws"}', async () => {
    const ctx = fakeCoreContext();
    const keys = await createKeys(ctx);
    const { kid, key } = await currentSigningKey(ctx);
    const signed = await signPayload(samplePayload(), key, kid);
    const headerJson = Buffer.from(signed.jws.split('.')[0]!, 'base64url').toString('utf8');
    expect(headerJson).toBe(`{"alg":"EdDSA","kid":"${await keys.thumbprint()}","typ":"salvage-request+jws"}`);
    expect(decodeProtectedHeader(signed.jws).kid).toBe(kid);
  });

  it('rotate keeps the old public key in the exported JWKS (marked retired), so earlier submissions still verify', async () => {
    const ctx = fakeCoreContext();
    const keys = await createKeys(ctx);
    const old = await keys.publicJwk();
    const before = await currentSigningKey(ctx);
    const oldJws = (await signPayload(samplePayload(), before.key, before.kid)).jws;
    const rotated = await keys.rotate({ operator: '係長' });
    expect(rotated.kid).not.toBe(old.kid);
    expect(await keys.thumbprint()).toBe(rotated.kid);
    const after = await currentSigningKey(ctx);
    expect(after.kid).toBe(rotated.kid);

    const file = path.join(mkdtempSync(path.join(tmpdir(), 'salvage-jwks-')), 'departments.jwks.json');
    await keys.exportPublicJwks(file, { operator: '係長' });
    const jwks = JSON.parse(readFileSync(file, 'utf8')) as { keys: { kid: string; d?: string; retired_at?: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual([rotated.kid, old.kid]);
    expect(jwks.keys[0]!.retired_at).toBeUndefined();
    expect(jwks.keys[1]!.retired_at).toMatch(/^\d{4}-/);
    expect(jwks.keys.some((k) => 'd' in k)).toBe(false);
    const set = createLocalJWKSet(jwks as Parameters<typeof createLocalJWKSet>[0]);
    await expect(compactVerify(oldJws, set)).resolves.toBeTruthy();
    await expect(compactVerify((await signPayload(samplePayload(), after.key, after.kid)).jws, set)).resolves.toBeTruthy();
    expect(ctx.auditLog.map((e) => [e.action, e.operator, e.details?.reason ?? null])).toEqual([['key-rotate', '係長', 'rotate'], ['export', '係長', null]]);
  });

  it('if the keychain entry is gone, a new key is made and the old public key is listed as retired', async () => {
    const secrets = memorySecretStore();
    const ctx = fakeCoreContext({ secrets });
    const old = await (await createKeys(ctx)).publicJwk();
    await secrets.delete(SIGNING_KEY_SECRET);
    const keys = await createKeys(ctx);
    expect((await keys.publicJwk()).kid).not.toBe(old.kid);
    const rows = ctx.db.prepare('SELECT kid, retired_at FROM department_keys ORDER BY created_at').all() as { kid: string; retired_at: string | null }[];
    expect(rows.find((r) => r.kid === old.kid)?.retired_at).not.toBeNull();
    expect(ctx.auditLog.at(-1)?.details?.reason).toBe('keychain-entry-missing');
  });

  it('refuses a damaged keychain entry instead of silently replacing the key', async () => {
    const ctx = fakeCoreContext({ secrets: memorySecretStore({ [SIGNING_KEY_SECRET]: '{"kty":"OKP"' }) });
    await expect(createKeys(ctx)).rejects.toMatchObject({ code: 'io' });
  });
});
