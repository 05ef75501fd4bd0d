// Signing a v1 payload: JWS compact serialization, protected header exactly
// {"alg":"EdDSA","kid":<thumbprint>,"typ":"salvage-request+jws"} (SPEC §4). The bytes signed are
// the UTF-8 JSON of the payload; their SHA-256 is what the printed record carries.
import { createHash, sign, type KeyObject } from 'node:crypto';
import { CompactSign } from 'jose';
import { AMENDMENT_JWS_TYP, JWS_ALG, JWS_TYP, type SalvageAmendmentPayload, type SalvagePayload } from '../../../src-shared/protocol';

export interface SignedSubmission {
  readonly jws: string;
  readonly payloadSha256: string;
  readonly kid: string;
}

export function payloadBytes(payload: SalvagePayload | SalvageAmendmentPayload): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(payload));
}

const typOf = (payload: SalvagePayload | SalvageAmendmentPayload): string => (payload.type === 'salvage-amendment' ? AMENDMENT_JWS_TYP : JWS_TYP);
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A request (typ salvage-request+jws) or a correction notice (typ salvage-amendment+jws), with jose (tools and tests). */
export async function signPayload(payload: SalvagePayload | SalvageAmendmentPayload, key: CryptoKey, kid: string): Promise<SignedSubmission> {
  const bytes = payloadBytes(payload);
  const jws = await new CompactSign(bytes).setProtectedHeader({ alg: JWS_ALG, kid, typ: typOf(payload) }).sign(key);
  return { jws, kid, payloadSha256: sha256(bytes) };
}

/**
 * The same JWS, signed synchronously (Ed25519 is deterministic: byte for byte what jose makes), so
 * that a case and its signed outbox item are written in one SQLite transaction, which cannot await.
 */
export function signPayloadSync(payload: SalvagePayload | SalvageAmendmentPayload, key: KeyObject, kid: string): SignedSubmission {
  const bytes = payloadBytes(payload);
  const header = Buffer.from(JSON.stringify({ alg: JWS_ALG, kid, typ: typOf(payload) })).toString('base64url');
  const input = `${header}.${Buffer.from(bytes).toString('base64url')}`;
  const signature = sign(null, Buffer.from(input, 'ascii'), key).toString('base64url');
  return { jws: `${input}.${signature}`, kid, payloadSha256: sha256(bytes) };
}
