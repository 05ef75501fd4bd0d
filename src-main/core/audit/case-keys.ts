// Per-case keys for the personal digests of the audit trail (crypto-shredding): a case's digests
// can be checked while its key exists; retention deletes the key (secure_delete overwrites it), and
// from then on the digests in the append-only trail are noise to anyone, whatever else they hold.
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';

export interface CaseKeys {
  /**
   * The case's key, created on first use; null once retention erased the case. A key made after
   * the purge would outlive it (no later purge looks at the case again), so none is made.
   */
  keyFor(caseId: string): string | null;
  destroy(caseId: string): void;
}

export function createCaseKeys(db: Database.Database): CaseKeys {
  const get = db.prepare<[string], string>('SELECT key FROM case_keys WHERE case_id = ?').pluck();
  const put = db.prepare('INSERT INTO case_keys (case_id, key) VALUES (?, ?)');
  const del = db.prepare('DELETE FROM case_keys WHERE case_id = ?');
  const purged = db.prepare<[string], number>('SELECT 1 FROM cases WHERE id = ? AND purged_at IS NOT NULL').pluck();
  return {
    keyFor(caseId) {
      if (purged.get(caseId) !== undefined) return null;
      const existing = get.get(caseId);
      if (existing) return existing;
      const fresh = randomBytes(32).toString('hex');
      put.run(caseId, fresh);
      return fresh;
    },
    destroy(caseId) {
      del.run(caseId);
    },
  };
}
