// The audit trail: one row per action, each carrying HMAC-SHA-256(audit key, previous hash + this
// entry). The key lives only in the OS keychain, so the database holder can neither edit a row nor
// rewrite the whole chain with fresh hashes. Rows written before migration 0008 carry plain SHA-256
// links (keyed = 0); they may only precede the keyed rows. Truncation is caught by the anchor
// (verify-audit.ts).
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AuditEvent } from '../context';
import { createCaseKeys, type CaseKeys } from './case-keys';
import { canonicalJson, hmacHex, sha256Hex } from './hash';

export const GENESIS = '0'.repeat(64);

interface AuditRow {
  seq: number;
  at: string;
  action: string;
  operator: string;
  case_id: string | null;
  details: string;
  personal: string;
  prev_hash: string;
  hash: string;
  keyed: number;
}

export interface ChainResult {
  readonly ok: boolean;
  readonly entries: number;
  readonly firstBroken: number | null;
}

export function entryBody(r: Omit<AuditRow, 'prev_hash' | 'hash' | 'keyed'>): string {
  return canonicalJson([r.seq, r.at, r.action, r.operator, r.case_id, JSON.parse(r.details), JSON.parse(r.personal)]);
}

function linkOk(key: string, prev: string, r: AuditRow, keyedSeen: boolean): boolean {
  if (keyedSeen && r.keyed !== 1) return false; // a plain link after a keyed one: rewritten
  try {
    const b = entryBody(r);
    return r.hash === (r.keyed === 1 ? hmacHex(key, `${prev}\n${b}`) : sha256Hex(`${prev}\n${b}`));
  } catch {
    return false; // details/personal no longer JSON: tampered
  }
}

export interface AuditLog {
  append(event: AuditEvent): void;
  verifyChain(): ChainResult;
  /** The newest entry (seq 0 and GENESIS when empty). */
  head(): { seq: number; hash: string };
  hashAt(seq: number): string | null;
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
  const digests = (event: AuditEvent): Record<string, string> => {
    const values = Object.entries(event.personal ?? {});
    if (values.length === 0 || !event.caseId) return {}; // a personal digest always needs a case key to shred
    const key = caseKeys.keyFor(event.caseId);
    return Object.fromEntries(values.map(([k, v]) => [k, hmacHex(key, v)]));
  };
  return {
    caseKeys,
    head,
    hashAt(seq) {
      return db.prepare<[number], string>('SELECT hash FROM audit WHERE seq = ?').pluck().get(seq) ?? null;
    },
    append(event) {
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
      insert.run({ ...row, prev_hash: prev.hash, hash: hmacHex(chainKey, `${prev.hash}\n${entryBody(row)}`) });
    },
    verifyChain() {
      let prev = GENESIS;
      let expectedSeq = 1;
      let keyedSeen = false;
      for (const r of db.prepare<[], AuditRow>('SELECT * FROM audit ORDER BY seq').iterate()) {
        if (r.seq !== expectedSeq || r.prev_hash !== prev || !linkOk(chainKey, prev, r, keyedSeen)) {
          return { ok: false, entries: Number(db.prepare('SELECT count(*) FROM audit').pluck().get()), firstBroken: r.seq };
        }
        keyedSeen ||= r.keyed === 1;
        prev = r.hash;
        expectedSeq += 1;
      }
      return { ok: true, entries: expectedSeq - 1, firstBroken: null };
    },
  };
}
