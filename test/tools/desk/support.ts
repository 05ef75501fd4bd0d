// Test departments: a real Ed25519 key pair, its public JWKS, and a signer producing exactly what
// the app's outbox produces (same signPayload).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { JSONWebKeySet } from 'jose';
import { exportedKeys, signKeyStatement } from '../../../src-main/core/keys/export-jwks';
import { generatePrivateJwk, importPrivate, publicOf, type PrivateJwk } from '../../../src-main/core/keys/key-material';
import { signPayload } from '../../../src-main/core/keys/sign';
import type { Registry, SalvagePayload } from '../../../src-shared/protocol';

export interface TestDepartment {
  readonly jwk: PrivateJwk;
  readonly key: CryptoKey;
  /** The public key as the app exports it (no department; status and a signed key statement). */
  readonly jwks: JSONWebKeySet;
  /** A desk registry holding that key, registered to engineering (the sample payload's department). */
  readonly registry: Registry;
  sign(payload: SalvagePayload): Promise<string>;
}

export async function testDepartment(): Promise<TestDepartment> {
  const jwk = await generatePrivateJwk();
  const key = await importPrivate(jwk);
  const exported = exportedKeys([{ jwk: publicOf(jwk), createdAt: '2026-04-01T00:00:00.000Z', retiredAt: null }]);
  return {
    jwk,
    key,
    jwks: { keys: exported, statement: await signKeyStatement(exported, { kid: jwk.kid, key }, new Date('2026-04-01T00:00:00Z')) } as JSONWebKeySet,
    registry: { keys: [{ ...publicOf(jwk), use: 'sig', alg: 'EdDSA', department: 'engineering' }] },
    sign: async (p) => (await signPayload(p, key, jwk.kid)).jws,
  };
}

export const tempDir = (prefix: string): string => mkdtempSync(path.join(tmpdir(), `salvage-${prefix}-`));

export function post(url: string, jws: string, key: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/jose', 'idempotency-key': key, ...headers }, body: jws });
}

export const b64json = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

/**
 * An export as the counter writes it after rotations: `dept`'s key with the given status members,
 * plus a new current key (the signer) — the key statement signed by the signer, so the file
 * registers. Without a current key in use nothing can sign a statement (a real export always has one).
 */
export async function signedExport(dept: TestDepartment, status: Record<string, string>, signer?: TestDepartment): Promise<{ keys: Record<string, unknown>[]; statement: string }> {
  const by = signer ?? await testDepartment();
  const old = { ...(dept.jwks.keys[0] as Record<string, unknown>), ...status };
  const current = by.jwks.keys[0] as Record<string, unknown>;
  const keys = [current, old];
  const statement = await signKeyStatement(keys as unknown as Parameters<typeof signKeyStatement>[0], { kid: by.jwk.kid, key: by.key }, new Date('2026-06-01T00:00:00Z'));
  return { keys, statement };
}
