// Retention (SPEC §3): erases the personal data of every case whose time has come (policy.ts).
// What stays is what the ledger needs without identifying anyone: case number, status, dates, and
// for cases that went out, faculty and services. Erased means erased: the case's audit-digest key is
// destroyed (its digests become unverifiable noise), the account index and the stored signed
// request and its hash are removed, amendments deleted, every text staff typed about the case
// (hand-off reference, undo reason) cleared from the outbox, and with secure_delete plus a WAL
// checkpoint no page or journal keeps the old bytes. The audit chain itself is untouched and
// still verifies.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { PurgePreview, Settings } from '../../../src-shared/core-api';
import type { CaseDraft } from '../../../src-shared/domain';
import type { AuditEvent } from '../context';
import { CASE_STATUS, CASES_WITH_REQUEST } from '../cases/case-sql';
import { summaryOf } from '../cases/case-summary';
import { foldForSearch } from '../cases/search-text';
import { purgeDueAt, type RetentionRow } from './policy';
import { oldRestoreFolders, removeFolders } from './restore-folders';

export interface PurgeDeps {
  readonly db: Database.Database;
  readonly dataDir: string;
  readonly now: () => Date;
  readonly audit: (event: AuditEvent) => void;
  readonly destroyCaseKey: (caseId: string) => void;
  readonly settings: () => Settings;
}

/** The outbox columns holding text staff typed about a case. */
const STAFF_TEXT_CLEARED = 'hand_off_reference = NULL, undo_reason = NULL';

/**
 * Cases purged before the outbox's staff text was erased with them still hold it: cleared here at
 * every run (a no-op once done), so an older installation is clean after its next retention run.
 */
function clearLeftoverStaffText(db: Database.Database): number {
  return db.prepare(
    `UPDATE outbox SET ${STAFF_TEXT_CLEARED}
     WHERE (hand_off_reference IS NOT NULL OR undo_reason IS NOT NULL)
       AND case_id IN (SELECT id FROM cases WHERE purged_at IS NOT NULL)`,
  ).run().changes;
}

interface Candidate extends RetentionRow {
  readonly id: string;
  readonly case_number: string | null;
}

function skeleton(status: string, input: CaseDraft): CaseDraft {
  if (status === 'discarded' || status === 'draft') return {};
  return {
    applicant: input.applicant?.facultyCode ? { facultyCode: input.applicant.facultyCode } : {},
    request: input.request?.services ? { services: input.request.services } : {},
  };
}

function dueCases(deps: PurgeDeps): Candidate[] {
  const now = deps.now().getTime();
  const days = deps.settings().retentionDays;
  return deps.db
    .prepare<[], Candidate>(
      `SELECT c.id, ${CASE_STATUS} AS status, c.input, c.case_number, c.updated_at, c.status_changed_at, c.finalized_at,
         o.delivered_at, coalesce(o.hand_off_recorded_at, o.handed_over_at) AS handed_over_at, c.discarded_at
       FROM ${CASES_WITH_REQUEST} WHERE c.purged_at IS NULL ORDER BY c.id`,
    )
    .all()
    .filter((c) => purgeDueAt(c, days) < now);
}

export function previewPurge(deps: PurgeDeps): PurgePreview {
  const byStatus: Record<string, number> = {};
  const due = dueCases(deps);
  for (const c of due) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
  return { cases: due.length, byStatus, oldRestoreFolders: oldRestoreFolders(deps.dataDir, deps.now()).length };
}

function eraseCase(deps: PurgeDeps, c: Candidate, at: string, operator: string): void {
  const { db } = deps;
  // A closure's reason describes the applicant: it goes with the rest (who closed it and when stay).
  // The list's summary (the applicant's name among it) is rebuilt from what stays: nothing personal.
  const kept = skeleton(c.status, JSON.parse(c.input) as CaseDraft);
  db.prepare('UPDATE cases SET input = @input, search = @search, summary = @summary, purged_at = @at, account_hash = NULL, closure_reason = NULL WHERE id = @id').run({
    id: c.id,
    input: JSON.stringify(kept),
    summary: summaryOf(kept),
    search: c.case_number ? foldForSearch(c.case_number) : '',
    at,
  });
  db.prepare('DELETE FROM amendments WHERE case_id = ?').run(c.id);
  // The signed request carries the applicant's details; an item that was still waiting will never
  // go out now (its deadline passed), so it stops being retried.
  db.prepare(
    `UPDATE outbox SET jws = '', payload_sha256 = '', next_attempt_at = NULL, ${STAFF_TEXT_CLEARED},
       state = CASE WHEN state IN ('queued', 'sending') THEN 'needs-attention' ELSE state END WHERE case_id = ?`,
  ).run(c.id);
  deps.destroyCaseKey(c.id);
  deps.audit({ action: 'purge', operator, caseId: c.id, details: { caseNumber: c.case_number, status: c.status } });
}

export function purgeExpired(deps: PurgeDeps, operator = 'system'): { purged: number; folders: number } {
  const due = dueCases(deps);
  const at = deps.now().toISOString();
  let leftovers = 0;
  deps.db.transaction(() => {
    for (const c of due) eraseCase(deps, c, at, operator);
    leftovers = clearLeftoverStaffText(deps.db);
  })();
  if (due.length > 0 || leftovers > 0) {
    // Old WAL frames still hold the purged values: fold them into the (securely deleted) file.
    deps.db.pragma('wal_checkpoint(TRUNCATE)');
  }
  if (leftovers > 0) deps.audit({ action: 'purge', operator, details: { staffTextCleared: leftovers } });
  const folders = removeFolders(oldRestoreFolders(deps.dataDir, deps.now()));
  if (folders > 0) deps.audit({ action: 'purge', operator, details: { restoreFolders: folders } });
  return { purged: due.length, folders };
}
