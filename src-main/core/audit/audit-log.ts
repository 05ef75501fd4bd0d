// The audit trail: one row per action, each carrying SHA-256(previous hash + this entry), so any
// edit, deletion or reordering of past rows breaks the chain at a findable place.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AuditVerification } from '../core-types';
import type { AuditEvent } from '../context';
import { canonicalJson, personalHash, sha256Hex } from './hash';

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
}

function entryHash(prev: string, r: Omit<AuditRow, 'prev_hash' | 'hash'>): string {
  const body = canonicalJson([r.seq, r.at, r.action, r.operator, r.case_id, JSON.parse(r.details), JSON.parse(r.personal)]);
  return sha256Hex(`${prev}\n${body}`);
}

export interface AuditLog {
  append(event: AuditEvent): void;
  verify(): AuditVerification;
}

export function createAuditLog(db: Database.Database, hashKey: string, now: () => Date): AuditLog {
  const last = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare(
    'INSERT INTO audit (seq, at, action, operator, case_id, details, personal, prev_hash, hash) VALUES (@seq, @at, @action, @operator, @case_id, @details, @personal, @prev_hash, @hash)',
  );
  return {
    append(event) {
      const prev = last.get() ?? { seq: 0, hash: GENESIS };
      const personal = Object.fromEntries(Object.entries(event.personal ?? {}).map(([k, v]) => [k, personalHash(hashKey, v)]));
      const row = {
        seq: prev.seq + 1,
        at: now().toISOString(),
        action: event.action,
        operator: event.operator,
        case_id: event.caseId ?? null,
        details: canonicalJson(event.details ?? {}),
        personal: canonicalJson(personal),
      };
      insert.run({ ...row, prev_hash: prev.hash, hash: entryHash(prev.hash, row) });
    },
    verify() {
      let prev = GENESIS;
      let expectedSeq = 1;
      let entries = 0;
      for (const r of db.prepare<[], AuditRow>('SELECT * FROM audit ORDER BY seq').iterate()) {
        entries += 1;
        let ok = r.seq === expectedSeq && r.prev_hash === prev;
        try {
          ok = ok && entryHash(prev, r) === r.hash;
        } catch {
          ok = false; // details/personal no longer JSON: tampered
        }
        if (!ok) return { ok: false, entries: Number(db.prepare('SELECT count(*) AS n FROM audit').pluck().get()), firstBroken: r.seq };
        prev = r.hash;
        expectedSeq += 1;
      }
      return { ok: true, entries, firstBroken: null };
    },
  };
}
