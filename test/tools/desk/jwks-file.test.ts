import { describe, expect, it } from 'vitest';
import { parseJwks } from '../../../tools/desk';
import { testDepartment } from './support';

describe('desk key file (JWKS)', () => {
  it('accepts Ed25519 public keys, with or without extra members such as retired_at', async () => {
    const d = await testDepartment();
    const jwks = { keys: [{ ...d.jwks.keys[0]!, retired_at: '2026-05-01T00:00:00.000Z' }] };
    expect(parseJwks(jwks).keys).toHaveLength(1);
  });

  it('refuses a private key, another key type, or a key without kid', async () => {
    const d = await testDepartment();
    expect(() => parseJwks({ keys: [{ ...d.jwks.keys[0]!, d: d.jwk.d }] })).toThrow(/private key material/);
    expect(() => parseJwks({ keys: [{ kty: 'RSA', n: 'x', e: 'AQAB', kid: 'r' }] })).toThrow();
    expect(() => parseJwks({ keys: [{ kty: 'OKP', crv: 'Ed25519', x: d.jwk.x }] })).toThrow();
  });
});
