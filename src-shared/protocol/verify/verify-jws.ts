// Checks one compact JWS the way the desk must (SPEC §4), in Node and in a browser
// (jose over WebCrypto Ed25519; no Buffer): the header first (EdDSA only, exactly {alg, kid, typ},
// a request or a correction notice), then the registry entry (known kid, a department, kid = its
// RFC 7638 thumbprint), the Ed25519 signature, the payload schema of that typ, the department the
// key is registered to, and the key's retirement or revocation — judged by the time THE DESK
// received the request (never by the signed createdAt alone, which a stolen key can backdate).
// Every failure says exactly why.
import { base64url, calculateJwkThumbprint, compactVerify, errors, importJWK } from 'jose';
import { AMENDMENT_JWS_TYP, amendmentPayloadSchema, type SalvageAmendmentPayload } from '../amendment-schema';
import { JWS_ALG, JWS_TYP, payloadSchema, type SalvagePayload } from '../payload-schema';
import { fail, quoted, type VerifyFailure } from './failure';
import { instantMs } from '../../formats';
import { CLOCK_SKEW_MS, DAY_MS, DEFAULT_GRACE_DAYS, type Registry, type RegistryKey } from './registry';
import { isCompactJws } from './find-jws';

export interface VerifiedHeader {
  readonly alg: typeof JWS_ALG;
  readonly kid: string;
  readonly typ: typeof JWS_TYP | typeof AMENDMENT_JWS_TYP;
}

interface VerifiedCommon {
  readonly ok: true;
  readonly header: VerifiedHeader;
  /** The department the signing key is registered to (equal to the payload's department.code). */
  readonly department: string;
  readonly payloadBytes: Uint8Array;
}
export type VerifiedRequest = VerifiedCommon & { readonly kind: 'request'; readonly payload: SalvagePayload };
export type VerifiedAmendment = VerifiedCommon & { readonly kind: 'amendment'; readonly payload: SalvageAmendmentPayload };
export type VerifySuccess = VerifiedRequest | VerifiedAmendment;
export type VerifyResult = VerifySuccess | VerifyFailure;

type Kind = VerifySuccess['kind'];
const PINNED_MEMBERS = 'alg,kid,typ';

function decodeJson(part: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(part)));
  } catch {
    return undefined;
  }
}

function checkHeader(part: string): VerifyFailure | { ok: true; header: VerifiedHeader; kind: Kind } {
  const h = decodeJson(part);
  if (h === null || typeof h !== 'object' || Array.isArray(h)) return fail('malformed', 'JWS のヘッダーが JSON として読めません。', 'The JWS header is not readable JSON.');
  const header = h as Record<string, unknown>;
  if (header.alg !== JWS_ALG) {
    const alg = typeof header.alg === 'string' ? quoted(header.alg) : '(なし / none given)';
    return fail('wrong-alg', `署名方式が EdDSA ではありません(${alg})。EdDSA 以外は受け付けません。`, `The signature algorithm is not EdDSA (${alg}); only EdDSA is accepted.`);
  }
  const kind: Kind | null = header.typ === JWS_TYP ? 'request' : header.typ === AMENDMENT_JWS_TYP ? 'amendment' : null;
  if (kind === null) return fail('wrong-typ', `typ が ${JWS_TYP} でも ${AMENDMENT_JWS_TYP} でもありません。`, `The typ header is neither ${JWS_TYP} nor ${AMENDMENT_JWS_TYP}.`);
  // Pinned: a member such as jwk, jku, x5u, crit or b64 would change how the signature is checked.
  if (Object.keys(header).sort().join(',') !== PINNED_MEMBERS || typeof header.kid !== 'string') {
    return fail('malformed', 'JWS のヘッダーは alg・kid・typ の3つだけでなければなりません。', 'The JWS header must hold exactly alg, kid and typ.');
  }
  return { ok: true, header: { alg: JWS_ALG, kid: header.kid, typ: header.typ as VerifiedHeader['typ'] }, kind };
}

type TrustedKey = RegistryKey & { department: string };

async function resolveKey(kid: string, registry: Registry): Promise<VerifyFailure | { ok: true; key: TrustedKey }> {
  const key = registry.keys.find((k) => k.kid === kid);
  if (!key) {
    return fail('unknown-kid', `鍵 ${quoted(kid)} はデスクの登録簿にありません。`, `The key ${quoted(kid)} is not in the desk's registry.`);
  }
  if (key.department === undefined) {
    return fail('registry-invalid', `鍵 ${kid} は部局なしで登録簿にあるため信頼しません。部局を指定して登録し直してください。`,
      `The key ${kid} is in the registry without a department and is not trusted; register it again with its department.`);
  }
  if (await calculateJwkThumbprint({ kty: key.kty, crv: key.crv, x: key.x }, 'sha256') !== kid) {
    return fail('registry-invalid', `登録簿の鍵 ${kid} の kid が公開鍵の指紋(RFC 7638)と一致しません。登録簿が書き換えられています。`,
      `The registry entry ${kid} does not match the key's RFC 7638 thumbprint; the registry has been altered.`);
  }
  return { ok: true, key: { ...key, department: key.department } };
}

async function checkSignature(jws: string, key: RegistryKey): Promise<VerifyFailure | { ok: true; bytes: Uint8Array }> {
  try {
    const publicKey = await importJWK({ kty: key.kty, crv: key.crv, x: key.x }, JWS_ALG);
    return { ok: true, bytes: (await compactVerify(jws, publicKey, { algorithms: [JWS_ALG] })).payload };
  } catch (e) {
    if (e instanceof errors.JWSSignatureVerificationFailed) {
      return fail('bad-signature', '署名が正しくありません。内容が書き換えられたか、別の鍵で署名されています。', 'The signature does not verify: the content was altered or it was signed with another key.');
    }
    return fail('malformed', 'JWS を検証できません(形式の誤り)。', `The JWS cannot be verified (malformed: ${(e as Error).name}).`);
  }
}

type CheckedPayload = { kind: 'request'; payload: SalvagePayload } | { kind: 'amendment'; payload: SalvageAmendmentPayload };

function checkPayload(bytes: Uint8Array, kind: Kind): VerifyFailure | { ok: true; body: CheckedPayload } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fail('payload-invalid', '署名は正しいですが、内容が UTF-8 の JSON ではありません。', 'The signature is valid but the payload is not UTF-8 JSON.');
  }
  const parsed = kind === 'request' ? payloadSchema.safeParse(json) : amendmentPayloadSchema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
    const what = kind === 'request' ? { ja: '申請', en: 'request' } : { ja: '訂正通知', en: 'correction notice' };
    return fail('payload-invalid', `署名は正しいですが、内容が${what.ja}の形式 v1 に合いません。`, `The signature is valid but the payload does not match the ${what.en} format v1.`, details);
  }
  return { ok: true, body: kind === 'request' ? { kind, payload: parsed.data as SalvagePayload } : { kind, payload: parsed.data as SalvageAmendmentPayload } };
}

/** When the desk received what it verifies, and how long a retired key's signatures stay acceptable. */
export interface ReceiptOptions {
  /** Milliseconds since the epoch: the form's timestamp, the receiver's receipt time, or now. */
  readonly receivedAt: number;
  /** Days after a retirement during which what was signed before it may still arrive (default 30). */
  readonly graceDays?: number;
}

const at = (ms: number): string => new Date(ms).toISOString();

/** A retired key: created before the retirement and received within the grace period after it. */
function checkRetired(key: TrustedKey, created: number, receipt: ReceiptOptions): VerifyFailure | null {
  if (key.retired_at === undefined) return null;
  const retired = instantMs(key.retired_at);
  if (retired === null) return fail('registry-invalid', `登録簿の鍵 ${key.kid} の廃止日時が正しい日時ではありません。`, `The retirement time of key ${key.kid} in the registry is not a valid time.`);
  const graceDays = receipt.graceDays ?? DEFAULT_GRACE_DAYS;
  if (created > retired + CLOCK_SKEW_MS) {
    return fail('retired-key', `鍵 ${key.kid} は ${key.retired_at} に廃止された鍵ですが、申請はその後に作られたと書かれています。`,
      `The key ${key.kid} was retired at ${key.retired_at}, but this says it was created after that.`);
  }
  if (receipt.receivedAt > retired + graceDays * DAY_MS) {
    return fail('retired-key', `鍵 ${key.kid} は ${key.retired_at} に廃止された鍵です。受け付けた日時(${at(receipt.receivedAt)})は廃止から ${graceDays} 日の猶予を過ぎています。`,
      `The key ${key.kid} was retired at ${key.retired_at}; this was received (${at(receipt.receivedAt)}) after the ${graceDays}-day grace period.`);
  }
  return null;
}

/** A revoked key verifies nothing received (or said to be created) after the revocation. */
function checkRevoked(key: TrustedKey, created: number, receipt: ReceiptOptions): VerifyFailure | null {
  if (key.revoked_at === undefined) return null;
  const revoked = instantMs(key.revoked_at);
  if (revoked === null) return fail('registry-invalid', `登録簿の鍵 ${key.kid} の失効日時が正しい日時ではありません。`, `The revocation time of key ${key.kid} in the registry is not a valid time.`);
  if (receipt.receivedAt > revoked || created > revoked) {
    return fail('revoked-key', `鍵 ${key.kid} は ${key.revoked_at} に失効しています(漏えいなど)。それより後に受け付けたものは、この鍵の署名では確認できません。`,
      `The key ${key.kid} was revoked at ${key.revoked_at} (compromised); nothing received after that can be verified with it.`);
  }
  return null;
}

/** A key signs only for its department, and only while it is in use (see checkRetired/checkRevoked). */
function checkKeyUse(key: TrustedKey, payload: { department: { code: string }; createdAt: string }, receipt: ReceiptOptions): VerifyFailure | null {
  if (key.department !== payload.department.code) {
    return fail('wrong-department', `鍵 ${key.kid} は部局 ${key.department} の鍵として登録されていますが、申請の部局は ${payload.department.code} です。`,
      `The key ${key.kid} is registered to ${key.department}, but the request names ${payload.department.code}.`);
  }
  const created = instantMs(payload.createdAt);
  if (created === null) return fail('payload-invalid', '署名は正しいですが、作成日時が正しい日時ではありません。', 'The signature is valid but the creation time is not a valid time.');
  return checkRevoked(key, created, receipt) ?? checkRetired(key, created, receipt);
}

/** Verifies one JWS as received at `receipt.receivedAt` (default: now, the desk checking it as it arrives). */
export async function verifySubmission(jws: string, registry: Registry, receipt: ReceiptOptions = { receivedAt: Date.now() }): Promise<VerifyResult> {
  if (!Number.isFinite(receipt.receivedAt)) return fail('payload-invalid', '受け付けた日時が正しい日時ではありません。', 'The time of receipt is not a valid time.');
  if (registry.keys.length === 0) {
    return fail('no-registry', '登録簿が読み込まれていません。部局の公開鍵の登録簿を開いてから検証してください。', 'No registry is loaded; open the registry of department public keys, then verify.');
  }
  const compact = jws.trim();
  if (!isCompactJws(compact)) {
    return fail('malformed', 'JWS のコンパクト形式(3つの部分を . でつないだもの)ではありません。', 'Not a JWS in compact serialization (three base64url parts joined by dots).');
  }
  const head = checkHeader(compact.slice(0, compact.indexOf('.')));
  if (!head.ok) return head;
  const resolved = await resolveKey(head.header.kid, registry);
  if (!resolved.ok) return resolved;
  const signed = await checkSignature(compact, resolved.key);
  if (!signed.ok) return signed;
  const checked = checkPayload(signed.bytes, head.kind);
  if (!checked.ok) return checked;
  const misuse = checkKeyUse(resolved.key, checked.body.payload, receipt);
  if (misuse) return misuse;
  return { ok: true, header: head.header, department: resolved.key.department, payloadBytes: signed.bytes, ...checked.body };
}
