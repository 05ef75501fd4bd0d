// Test departments: a real Ed25519 key pair, its public JWKS, and a signer producing exactly what
// the app's outbox produces (same signPayload).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { JSONWebKeySet } from 'jose';
import { generatePrivateJwk, importPrivate, publicOf, type PrivateJwk } from '../../../src-main/core/keys/key-material';
import { signPayload } from '../../../src-main/core/keys/sign';
import type { Registry, SalvagePayload } from '../../../src-shared/protocol';

export interface TestDepartment {
  readonly jwk: PrivateJwk;
  readonly key: CryptoKey;
  /** The public key as the app exports it (no department). */
  readonly jwks: JSONWebKeySet;
  /** A desk registry holding that key, registered to engineering (the sample payload's department). */
  readonly registry: Registry;
  sign(payload: SalvagePayload): Promise<string>;
}

export async function testDepartment(): Promise<TestDepartment> {
  const jwk = await generatePrivateJwk();
  const key = await importPrivate(jwk);
  return {
    jwk,
    key,
    jwks: { keys: [{ ...publicOf(jwk), use: 'sig', alg: 'EdDSA' }] },
    registry: { keys: [{ ...publicOf(jwk), use: 'sig', alg: 'EdDSA', department: 'engineering' }] },
    sign: async (p) => (await signPayload(p, key, jwk.kid)).jws,
  };
}

export const tempDir = (prefix: string): string => mkdtempSync(path.join(tmpdir(), `salvage-${prefix}-`));

export function post(url: string, jws: string, key: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/jose', 'idempotency-key': key, ...headers }, body: jws });
}

export const b64json = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
