// Checks one compact JWS the way the desk must (SPEC §4): the header first (alg EdDSA only, our
// typ, a kid the desk knows), then the Ed25519 signature with jose, then the payload against the
// shared v1 schema. Every failure says exactly why, in ja and en, without echoing payload data.
import { compactVerify, createLocalJWKSet, errors, type JSONWebKeySet } from 'jose';
import { JWS_ALG, JWS_TYP, payloadSchema, type SalvageJwsHeader, type SalvagePayload } from '../../src-shared/protocol';

export type VerifyFailureCode = 'malformed' | 'wrong-alg' | 'wrong-typ' | 'unknown-kid' | 'bad-signature' | 'payload-invalid' | 'wrong-department';

export interface VerifyFailure {
  readonly ok: false;
  readonly code: VerifyFailureCode;
  readonly message: { readonly ja: string; readonly en: string };
  /** For payload-invalid: the field paths and what is wrong (never the values). */
  readonly details: readonly string[];
}

export interface VerifySuccess {
  readonly ok: true;
  readonly header: SalvageJwsHeader;
  readonly payload: SalvagePayload;
  readonly payloadBytes: Uint8Array;
}

export type VerifyResult = VerifySuccess | VerifyFailure;

const fail = (code: VerifyFailureCode, ja: string, en: string, details: readonly string[] = []): VerifyFailure =>
  ({ ok: false, code, message: { ja, en }, details });

function decodeHeader(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function verifySubmission(jws: string, jwks: JSONWebKeySet): Promise<VerifyResult> {
  const parts = jws.trim().split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p)) || parts[0] === '' || parts[1] === '') {
    return fail('malformed', 'JWS のコンパクト形式(3つの部分を . でつないだもの)ではありません。', 'Not a JWS in compact serialization (three base64url parts joined by dots).');
  }
  const header = decodeHeader(parts[0]!);
  if (!header) return fail('malformed', 'JWS のヘッダーが JSON として読めません。', 'The JWS header is not readable JSON.');
  if (header.alg !== JWS_ALG) {
    return fail('wrong-alg', `署名方式が EdDSA ではありません(${String(header.alg)})。EdDSA 以外は受け付けません。`,
      `The signature algorithm is not EdDSA (${String(header.alg)}); only EdDSA is accepted.`);
  }
  if (header.typ !== JWS_TYP) {
    return fail('wrong-typ', `typ が ${JWS_TYP} ではありません。`, `The typ header is not ${JWS_TYP}.`);
  }
  const kid = header.kid;
  if (typeof kid !== 'string' || !jwks.keys.some((k) => k.kid === kid)) {
    return fail('unknown-kid', `鍵 ${typeof kid === 'string' ? kid : '(kid なし)'} はデスクに登録されていません。部局の公開鍵を登録してください。`,
      `The key ${typeof kid === 'string' ? kid : '(no kid)'} is not registered with the desk; register the department's public key.`);
  }
  let payloadBytes: Uint8Array;
  try {
    ({ payload: payloadBytes } = await compactVerify(jws.trim(), createLocalJWKSet(jwks), { algorithms: [JWS_ALG] }));
  } catch (e) {
    if (e instanceof errors.JWSSignatureVerificationFailed) {
      return fail('bad-signature', '署名が正しくありません。内容が書き換えられたか、別の鍵で署名されています。',
        'The signature does not verify: the content was altered or it was signed with another key.');
    }
    if (e instanceof errors.JWKSNoMatchingKey || e instanceof errors.JWKSMultipleMatchingKeys) {
      return fail('unknown-kid', `鍵 ${kid} に一致する EdDSA 公開鍵がありません。`, `No EdDSA public key matches ${kid}.`);
    }
    return fail('malformed', 'JWS を検証できません(形式の誤り)。', `The JWS cannot be verified (malformed: ${(e as Error).name}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payloadBytes));
  } catch {
    return fail('payload-invalid', '署名は正しいですが、内容が UTF-8 の JSON ではありません。', 'The signature is valid but the payload is not UTF-8 JSON.');
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
    return fail('payload-invalid', '署名は正しいですが、内容が申請形式 v1 に合いません。', 'The signature is valid but the payload does not match protocol v1.', details);
  }
  // A key registered for a department (npm run desk:register) signs only that department's requests.
  const registeredFor = (jwks.keys.find((k) => k.kid === kid) as { department?: unknown } | undefined)?.department;
  if (typeof registeredFor === 'string' && registeredFor !== parsed.data.department.code) {
    return fail('wrong-department', `鍵 ${kid} は部局 ${registeredFor} の鍵として登録されていますが、申請の部局は ${parsed.data.department.code} です。アプリの設定の部局コードを確認してください。`,
      `The key ${kid} is registered to ${registeredFor}, but the request names ${parsed.data.department.code}; check the department code in the app's Settings.`);
  }
  return { ok: true, header: { alg: JWS_ALG, kid, typ: JWS_TYP }, payload: parsed.data, payloadBytes };
}
