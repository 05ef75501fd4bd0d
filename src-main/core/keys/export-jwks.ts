// The counter's public-key export for the desk: every key (current and retired) with its status,
// time and reason, and a statement of exactly those signed with the current key (typ
// salvage-key-statement+jws). The desk reads the current key's fingerprint out by phone, so the
// statuses are part of what it checks: a retirement cannot be stripped on the way.
import { CompactSign } from 'jose';
import type { PublicJwk } from '../../../src-shared/core-api';
import { KEY_STATEMENT_TYP, KEY_STATEMENT_TYPE, statementEntry, type KeyStatement } from '../../../src-shared/protocol/verify';

export interface KeyRecord {
  readonly jwk: PublicJwk;
  readonly createdAt: string;
  readonly retiredAt: string | null;
}

/** Why a key the app retired is no longer in use: the app retires a key only when it rotates to a new one. */
export const ROTATION_REASON = '鍵の交代(新しい鍵に替えたため) / replaced by a new key';

export interface ExportedKey extends PublicJwk {
  readonly use: 'sig';
  readonly alg: 'EdDSA';
  readonly status: 'current' | 'retired';
  readonly created_at: string;
  readonly retired_at?: string;
  readonly status_reason?: string;
}

export function exportedKeys(records: readonly KeyRecord[]): ExportedKey[] {
  return records.map((r) => ({
    ...r.jwk, use: 'sig', alg: 'EdDSA',
    status: r.retiredAt ? 'retired' : 'current',
    created_at: r.createdAt,
    ...(r.retiredAt ? { retired_at: r.retiredAt, status_reason: ROTATION_REASON } : {}),
  }));
}

/** The signed statement of every key's status, time and reason. */
export async function signKeyStatement(keys: readonly ExportedKey[], signer: { kid: string; key: CryptoKey }, exportedAt: Date): Promise<string> {
  const statement: KeyStatement = { type: KEY_STATEMENT_TYPE, version: 1, exportedAt: exportedAt.toISOString(), keys: keys.map(statementEntry) };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(statement)))
    .setProtectedHeader({ alg: 'EdDSA', kid: signer.kid, typ: KEY_STATEMENT_TYP })
    .sign(signer.key);
}
