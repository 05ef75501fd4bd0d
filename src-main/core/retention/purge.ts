// Retention (SPEC §3): personal data of a case delivered more than `retentionDays` ago, and of a
// draft discarded more than 30 days ago, is removed. What stays is what the ledger and the
// once-per-service rule need without identifying anyone: case number, status, dates, faculty,
// services, the keyed account hash of delivered cases, and the audit trail's hashes.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Settings } from '../../../src-shared/core-api';
import type { CaseDraft } from '../../../src-shared/domain';
import type { AuditEvent } from '../context';
import { foldForSearch } from '../cases/search-text';

export const DISCARDED_RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;

export interface PurgeDeps {
  readonly db: Database.Database;
  readonly now: () => Date;
  readonly audit: (event: AuditEvent) => void;
  readonly settings: () => Settings;
}

interface Due {
  id: string;
  status: 'delivered' | 'discarded';
  input: string;
  case_number: string | null;
}

function skeleton(status: Due['status'], input: CaseDraft): CaseDraft {
  if (status === 'discarded') return {};
  return {
    applicant: input.applicant?.facultyCode ? { facultyCode: input.applicant.facultyCode } : {},
    request: input.request?.services ? { services: input.request.services } : {},
  };
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}

export function purgeExpired(deps: PurgeDeps): { purged: number } {
  const { db } = deps;
  const now = deps.now();
  const deliveredBefore = new Date(now.getTime() - deps.settings().retentionDays * DAY_MS).toISOString();
  const discardedBefore = new Date(now.getTime() - DISCARDED_RETENTION_DAYS * DAY_MS).toISOString();
  const due = db
    .prepare<[string, string], Due>(
      `SELECT id, status, input, case_number FROM cases WHERE purged_at IS NULL AND (
         (status = 'delivered' AND delivered_at < ?) OR (status = 'discarded' AND discarded_at < ?)) ORDER BY id`,
    )
    .all(deliveredBefore, discardedBefore);
  if (due.length === 0) return { purged: 0 };
  const outbox = hasTable(db, 'outbox');
  const at = now.toISOString();
  db.transaction(() => {
    for (const c of due) {
      const kept = skeleton(c.status, JSON.parse(c.input) as CaseDraft);
      db.prepare(
        `UPDATE cases SET input = @input, search = @search, purged_at = @at,
           account_hash = CASE WHEN status = 'delivered' THEN account_hash ELSE NULL END WHERE id = @id`,
      ).run({ id: c.id, input: JSON.stringify(kept), search: c.case_number ? foldForSearch(c.case_number) : '', at });
      db.prepare('DELETE FROM amendments WHERE case_id = ?').run(c.id);
      // The signed request carries the applicant's details; once delivered it is never re-sent.
      if (outbox) db.prepare(`UPDATE outbox SET jws = '' WHERE case_id = ? AND state = 'delivered'`).run(c.id);
      deps.audit({ action: 'purge', operator: 'system', caseId: c.id, details: { caseNumber: c.case_number, status: c.status } });
    }
  })();
  // Old WAL frames still hold the purged values: fold them into the (securely deleted) file.
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { purged: due.length };
}
