// Ed25519 key material with jose (no hand-made crypto): generation, the RFC 7638 thumbprint used
// as kid, and the private JWK kept in the keychain.
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK } from 'jose';
import { z } from 'zod';
import type { PublicJwk } from '../../../src-shared/core-api';

/** The keychain entry holding the department's current private key (a JWK, JSON). */
export const SIGNING_KEY_SECRET = 'department-signing-key';

const b64u32 = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
export const privateJwkSchema = z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: b64u32, d: b64u32, kid: z.string().min(1) });
export type PrivateJwk = z.infer<typeof privateJwkSchema>;

export async function thumbprintOf(jwk: { kty: 'OKP'; crv: 'Ed25519'; x: string }): Promise<string> {
  return calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x }, 'sha256');
}

export async function generatePrivateJwk(): Promise<PrivateJwk> {
  const { privateKey } = await generateKeyPair('Ed25519', { extractable: true });
  const jwk = await exportJWK(privateKey);
  const base = privateJwkSchema.omit({ kid: true }).parse({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, d: jwk.d });
  return { ...base, kid: await thumbprintOf(base) };
}

export function publicOf(jwk: PrivateJwk): PublicJwk {
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid: jwk.kid };
}

export async function importPrivate(jwk: PrivateJwk): Promise<CryptoKey> {
  return (await importJWK({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, d: jwk.d }, 'EdDSA')) as CryptoKey;
}

/** The private key as a Node KeyObject, for signing synchronously inside a transaction. */
export function privateKeyObject(jwk: PrivateJwk): KeyObject {
  return createPrivateKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, d: jwk.d }, format: 'jwk' });
}
