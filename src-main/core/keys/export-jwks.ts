// The counter's public-key export for the desk: every key (current and retired) with its status,
// time and reason, and a statement of exactly those signed with the current key (typ
// salvage-key-statement+jws). The desk reads the current key's fingerprint out by phone, so the
// statuses are part of what it checks: a retirement cannot be stripped on the way. A key replaced
// because it may have leaked is exported as revoked at that time: the desk then accepts nothing
// received after it under that key, whatever the signed creation time says.
import { CompactSign } from 'jose';
import type { PublicJwk } from '../../../src-shared/core-api';
import { KEY_STATEMENT_TYP, KEY_STATEMENT_TYPE, statementEntry, type KeyStatement } from '../../../src-shared/protocol/verify';

export interface KeyRecord {
  readonly jwk: PublicJwk;
  readonly createdAt: string;
  readonly retiredAt: string | null;
  /** Why the rotation that retired this key happened (the fixed reason of the audit trail), when known. */
  readonly rotationReason?: string | null;
}

/** The words the desk reads for each rotation reason (fixed list; never staff-typed text). */
const REASON_WORDS: Readonly<Record<string, string>> = {
  scheduled: '定期的な更新 / scheduled rotation',
  'staff-change': '担当者の異動・退職 / staff change',
  'suspected-leak': '鍵の漏えいの疑い / the key may have leaked',
  'pc-replaced': 'PCの入れ替え / PC replaced',
  other: 'その他 / other',
  'keychain-entry-missing': 'キーチェーンの鍵が失われた / keychain entry lost',
  'keychain-key-unknown': 'データに記録のない鍵をキーチェーンで使用(バックアップの復元後など) / a key this data did not record was found in the keychain (e.g. after a restore)',
  rotate: '鍵の交代 / replaced by a new key',
};
export const ROTATION_REASON = REASON_WORDS.rotate!;
/** Every reason a key-rotate entry may carry (anything else was staff-typed text of an earlier version). */
export const KNOWN_ROTATION_REASONS: ReadonlySet<string> = new Set(Object.keys(REASON_WORDS));

export interface ExportedKey extends PublicJwk {
  readonly use: 'sig';
  readonly alg: 'EdDSA';
  readonly status: 'current' | 'retired' | 'revoked';
  readonly created_at: string;
  readonly retired_at?: string;
  readonly revoked_at?: string;
  readonly status_reason?: string;
}

function lifecycle(r: KeyRecord): Pick<ExportedKey, 'status' | 'retired_at' | 'revoked_at' | 'status_reason'> {
  if (!r.retiredAt) return { status: 'current' };
  const reason = REASON_WORDS[r.rotationReason ?? 'rotate'] ?? ROTATION_REASON;
  if (r.rotationReason === 'suspected-leak') return { status: 'revoked', revoked_at: r.retiredAt, status_reason: reason };
  return { status: 'retired', retired_at: r.retiredAt, status_reason: reason };
}

export function exportedKeys(records: readonly KeyRecord[]): ExportedKey[] {
  return records.map((r) => ({ ...r.jwk, use: 'sig', alg: 'EdDSA', created_at: r.createdAt, ...lifecycle(r) }));
}

/** The signed statement of every key's status, time and reason. */
export async function signKeyStatement(keys: readonly ExportedKey[], signer: { kid: string; key: CryptoKey }, exportedAt: Date): Promise<string> {
  const statement: KeyStatement = { type: KEY_STATEMENT_TYPE, version: 1, exportedAt: exportedAt.toISOString(), keys: keys.map(statementEntry) };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(statement)))
    .setProtectedHeader({ alg: 'EdDSA', kid: signer.kid, typ: KEY_STATEMENT_TYP })
    .sign(signer.key);
}
