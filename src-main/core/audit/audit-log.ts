// The audit trail: one row per action, each carrying HMAC-SHA-256(audit key, previous hash + this
// entry). The key lives only in the OS keychain, so the database holder can neither edit a row nor
// rewrite the whole chain with fresh hashes. Rows written before migration 0008 carry plain SHA-256
// links (keyed = 0); they may only precede the keyed rows, and are accepted as such only in the
// open that upgrades such a database, with a recorded break (format-marker.ts). Truncation is caught
// by the anchor (verify-audit.ts).
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AuditEvent } from '../context';
import { createCaseKeys, type CaseKeys } from './case-keys';
import { createChainWalker, entryBody, GENESIS, START, type ChainWalker } from './chain-walk';
import { canonicalJson, hmacHex } from './hash';
import { CoreError } from '../errors';

export { entryBody, GENESIS } from './chain-walk';

/**
 * The audit table did not take an entry as written: no row (a trigger that ignores the insert, a
 * column declared to drop rows on conflict), or another row at the head. The database was changed
 * outside the app; the entry and the operation it belonged to are rolled back, never passed over.
 */
export function auditUnwritable(): CoreError {
  return new CoreError('audit-unwritable', {
    ja: '監査記録に書き込めなかったため、保存しませんでした。データベースがアプリの外で変更されています。IT 担当者に連絡してください。',
    en: 'The audit trail did not take the entry, so nothing was saved: the database was changed outside the app. Call IT.',
  });
}

export interface ChainResult {
  readonly ok: boolean;
  readonly entries: number;
  readonly firstBroken: number | null;
}

export interface AuditLog {
  /** Throws (CoreError 'audit-unwritable', nothing written) unless the entry is the new head. */
  append(event: AuditEvent): void;
  verifyChain(): ChainResult;
  /** The newest entry (seq 0 and GENESIS when empty). */
  head(): { seq: number; hash: string };
  hashAt(seq: number): string | null;
  /** The row at seq is keyed (null: no such row). */
  keyedAt(seq: number): boolean | null;
  /** Walks ranges of the chain under the chain key (incremental checks, the background check). */
  readonly walker: ChainWalker;
  readonly caseKeys: CaseKeys;
}

export function createAuditLog(db: Database.Database, chainKey: string, now: () => Date): AuditLog {
  const last = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare(
    `INSERT INTO audit (seq, at, action, operator, case_id, details, personal, prev_hash, hash, keyed)
     VALUES (@seq, @at, @action, @operator, @case_id, @details, @personal, @prev_hash, @hash, 1)`,
  );
  const caseKeys = createCaseKeys(db);
  const head = () => last.get() ?? { seq: 0, hash: GENESIS };
  const keyed = db.prepare<[number], number>('SELECT keyed FROM audit WHERE seq = ?').pluck();
  const walker = createChainWalker(db, chainKey);
  const digests = (event: AuditEvent): Record<string, string> => {
    const values = Object.entries(event.personal ?? {});
    if (values.length === 0 || !event.caseId) return {}; // a personal digest always needs a case key to shred
    const key = caseKeys.keyFor(event.caseId);
    if (key === null) return {}; // an erased case: its values are dropped, never digested
    return Object.fromEntries(values.map(([k, v]) => [k, hmacHex(key, v)]));
  };
  return {
    caseKeys,
    head,
    walker,
    keyedAt(seq) {
      const k = keyed.get(seq);
      return k === undefined ? null : k === 1;
    },
    hashAt(seq) {
      return db.prepare<[number], string>('SELECT hash FROM audit WHERE seq = ?').pluck().get(seq) ?? null;
    },
    append: db.transaction((event: AuditEvent) => {
      const prev = head();
      const row = {
        seq: prev.seq + 1,
        at: now().toISOString(),
        action: event.action,
        operator: event.operator,
        case_id: event.caseId ?? null,
        details: canonicalJson(event.details ?? {}),
        personal: canonicalJson(digests(event)),
      };
      const hash = hmacHex(chainKey, `${prev.hash}\n${entryBody(row)}`);
      const written = insert.run({ ...row, prev_hash: prev.hash, hash }).changes;
      const after = head();
      if (written !== 1 || after.seq !== row.seq || after.hash !== hash) throw auditUnwritable(); // rolls back what the insert did
    }),
    verifyChain() {
      const r = walker.walk(START);
      return { ok: r.firstBroken === null, entries: r.seq, firstBroken: r.firstBroken };
    },
  };
}
