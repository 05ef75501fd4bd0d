// Signing a v1 payload: JWS compact serialization, protected header exactly
// {"alg":"EdDSA","kid":<thumbprint>,"typ":"salvage-request+jws"} (SPEC §4). The bytes signed are
// the UTF-8 JSON of the payload; their SHA-256 is what the printed record carries.
import { createHash } from 'node:crypto';
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

/** A request (typ salvage-request+jws) or a correction notice (typ salvage-amendment+jws). */
export async function signPayload(payload: SalvagePayload | SalvageAmendmentPayload, key: CryptoKey, kid: string): Promise<SignedSubmission> {
  const bytes = payloadBytes(payload);
  const typ = payload.type === 'salvage-amendment' ? AMENDMENT_JWS_TYP : JWS_TYP;
  const jws = await new CompactSign(bytes).setProtectedHeader({ alg: JWS_ALG, kid, typ }).sign(key);
  return { jws, kid, payloadSha256: createHash('sha256').update(bytes).digest('hex') };
}
