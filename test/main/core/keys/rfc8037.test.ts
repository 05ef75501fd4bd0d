// RFC 8037 Appendix A: the Ed25519 example key, its RFC 7638 thumbprint (A.3) and the exact JWS
// of A.4, reproduced with the same jose calls the app uses to sign and the desk uses to verify.
import { compactVerify, CompactSign, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { thumbprintOf } from '../../../../src-main/core/keys/key-material';

const key = { kty: 'OKP', crv: 'Ed25519', d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' } as const;
const A4_JWS = 'eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg';

describe('RFC 8037 Appendix A', () => {
  it('A.3: the thumbprint of the example public key', async () => {
    expect(await thumbprintOf(key)).toBe('kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k');
  });

  it('A.4: signing "Example of Ed25519 signing" gives the exact JWS of the RFC', async () => {
    const priv = await importJWK(key, 'EdDSA');
    const jws = await new CompactSign(new TextEncoder().encode('Example of Ed25519 signing')).setProtectedHeader({ alg: 'EdDSA' }).sign(priv);
    expect(jws).toBe(A4_JWS);
  });

  it('A.5: the JWS verifies with the public key, and not once one byte is changed', async () => {
    const pub = await importJWK({ kty: key.kty, crv: key.crv, x: key.x }, 'EdDSA');
    const { payload } = await compactVerify(A4_JWS, pub);
    expect(new TextDecoder().decode(payload)).toBe('Example of Ed25519 signing');
    const tampered = A4_JWS.replace('.RXhh', '.RYhh');
    await expect(compactVerify(tampered, pub)).rejects.toThrow(/signature verification failed/);
  });
});
