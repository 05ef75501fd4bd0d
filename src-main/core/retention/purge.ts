// Retention (SPEC §3): erases the personal data of every case whose time has come (policy.ts).
// What stays is what the ledger needs without identifying anyone: case number, status, dates, and
// for cases that went out, faculty and services. Erased means erased: the case's audit-digest key is
// destroyed (its digests become unverifiable noise), the account index and the stored signed
// request and its hash are removed, amendments deleted, every text staff typed about the case
// (hand-off reference, undo reason) cleared from the outbox, and with secure_delete plus a WAL
// checkpoint no page or journal keeps the old bytes. Whatever keeps that from happening — a
// checkpoint another reader holds up, a due set-aside folder or a backup snapshot that cannot be
// removed — makes the run incomplete, as a case left unerased does. The audit chain itself is untouched and
// still verifies. A purged case takes no more writes (the cases and outbox modules refuse them,
// and no new case key is made for it); what an earlier version let through is erased at each run.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { PurgePreview, Settings } from '../../../src-shared/core-api';
import type { CaseDraft } from '../../../src-shared/domain';
import type { AuditEvent } from '../context';
import { CASE_STATUS, CASES_WITH_REQUEST } from '../cases/case-sql';
import { summaryOf } from '../cases/case-summary';
import { deliveryErrors, ERASED_CODE } from '../outbox/delivery-errors';
import { foldForSearch } from '../cases/search-text';
import { purgeDueAt, type RetentionRow } from './policy';
import { leftSnapshots } from '../backup/backup-snapshot';
import { foldWal } from '../store/fold-wal';
import { oldRestoreFolders, removePaths } from './restore-folders';

export interface PurgeDeps {
  readonly db: Database.Database;
  readonly dataDir: string;
  readonly now: () => Date;
  readonly audit: (event: AuditEvent) => void;
  readonly destroyCaseKey: (caseId: string) => void;
  readonly settings: () => Settings;
}

/** Outbox states of an item that has not left: after the purge it never will. */
const NOT_LEFT = `state IN ('awaiting-hand-off', 'queued', 'sending', 'needs-attention')`;

/**
 * What purge writes over an erased case's outbox items: no signed request or its hash, no text
 * staff typed (hand-off reference, undo reason), and an item that had not left becomes final as
 * needs-attention, its last error saying it was erased (so it is neither retried nor handed over).
 * SQLite evaluates every SET against the old row, so last_error sees the state before this update.
 */
const OUTBOX_ERASED = `jws = '', payload_sha256 = '', next_attempt_at = NULL, hand_off_reference = NULL, undo_reason = NULL,
  last_error = CASE WHEN ${NOT_LEFT} THEN @erased ELSE last_error END,
  state = CASE WHEN ${NOT_LEFT} THEN 'needs-attention' ELSE state END`;

const erasedError = (): string => JSON.stringify(deliveryErrors.erased());

/** A purged case's outbox item still holding something purge removes (left by an earlier version). */
const OUTBOX_LEFTOVER = `case_id IN (SELECT id FROM cases WHERE purged_at IS NOT NULL)
  AND (jws <> '' OR payload_sha256 <> '' OR hand_off_reference IS NOT NULL OR undo_reason IS NOT NULL
       OR (${NOT_LEFT} AND coalesce(CASE WHEN json_valid(last_error) THEN json_extract(last_error, '$.code') END, '') <> '${ERASED_CODE}'))`;

/**
 * A purged case written to afterwards by an earlier version (edited, finalized, closed, amended):
 * its row changed after the purge, or holds an index or text that purge clears.
 */
const CASE_LEFTOVER = `c.purged_at IS NOT NULL AND (c.updated_at > c.purged_at OR c.account_hash IS NOT NULL
  OR c.closure_reason IS NOT NULL OR EXISTS (SELECT 1 FROM amendments a WHERE a.case_id = c.id))`;

interface Candidate extends RetentionRow {
  readonly id: string;
  readonly case_number: string | null;
  /** Set when an earlier run erased the case (a leftover sweep erases it again, keeping this time). */
  readonly purged_at: string | null;
}

/**
 * A case's stored input as far as it can be read: input that is not a JSON object (damaged, or
 * written by hand) reads as empty, so its erasure still clears everything and keeps nothing.
 */
function readInput(text: string): CaseDraft {
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as CaseDraft) : {};
  } catch {
    return {};
  }
}

function skeleton(status: string, input: CaseDraft): CaseDraft {
  if (status === 'discarded' || status === 'draft') return {};
  const faculty = input.applicant?.facultyCode;
  const services = input.request?.services;
  return {
    applicant: typeof faculty === 'string' ? { facultyCode: faculty } : {},
    request: Array.isArray(services) && services.every((x) => typeof x === 'string') ? { services } : {},
  };
}

function candidates(db: Database.Database, where: string): Candidate[] {
  return db
    .prepare<[], Candidate>(
      `SELECT c.id, ${CASE_STATUS} AS status, c.input, c.case_number, c.updated_at, c.status_changed_at, c.finalized_at,
         o.delivered_at, coalesce(o.hand_off_recorded_at, o.handed_over_at) AS handed_over_at, c.discarded_at, c.purged_at
       FROM ${CASES_WITH_REQUEST} WHERE ${where} ORDER BY c.id`,
    )
    .all();
}

function dueCases(deps: PurgeDeps): Candidate[] {
  const now = deps.now().getTime();
  const days = deps.settings().retentionDays;
  return candidates(deps.db, 'c.purged_at IS NULL').filter((c) => purgeDueAt(c, days) < now);
}

export function previewPurge(deps: PurgeDeps): Omit<PurgePreview, 'lastFailure'> {
  const byStatus: Record<string, number> = {};
  const due = dueCases(deps);
  for (const c of due) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
  return { cases: due.length, byStatus, oldRestoreFolders: oldRestoreFolders(deps.dataDir, deps.now()).length };
}

/** Erases one case's personal data; a case purged before keeps its first purge time. */
function eraseData(deps: PurgeDeps, c: Candidate, at: string): void {
  const { db } = deps;
  // A closure's reason describes the applicant: it goes with the rest (who closed it and when stay).
  // The list's summary (the applicant's name among it) is rebuilt from what stays: nothing personal,
  // and when the case was erased, which the list shows instead of a name.
  const kept = skeleton(c.status, readInput(c.input));
  db.prepare(`UPDATE cases SET input = @input, search = @search, summary = @summary, purged_at = coalesce(purged_at, @at),
      updated_at = min(updated_at, coalesce(purged_at, @at)), account_hash = NULL, closure_reason = NULL WHERE id = @id`).run({
    id: c.id,
    input: JSON.stringify(kept),
    summary: summaryOf(kept, c.purged_at ?? at),
    search: c.case_number ? foldForSearch(c.case_number) : '',
    at,
  });
  db.prepare('DELETE FROM amendments WHERE case_id = ?').run(c.id);
  // The signed request carries the applicant's details; an item that was still waiting will never
  // go out now (its deadline passed), so it stops being retried or handed over.
  db.prepare(`UPDATE outbox SET ${OUTBOX_ERASED} WHERE case_id = @id`).run({ id: c.id, erased: erasedError() });
  deps.destroyCaseKey(c.id);
}

function eraseCase(deps: PurgeDeps, c: Candidate, at: string, operator: string): void {
  eraseData(deps, c, at);
  deps.audit({ action: 'purge', operator, caseId: c.id, details: { caseNumber: c.case_number, status: c.status } });
}

interface Leftovers {
  staffTextCleared: number;
  casesErasedAgain: number;
  caseKeysDestroyed: number;
}

/**
 * What an earlier version let through after a purge — a purged case written to again, an outbox
 * item still holding signed or staff text, a case key made after the purge — is erased at every
 * run (a no-op once done), so an older installation is clean after its next retention run.
 */
function eraseLeftovers(deps: PurgeDeps, at: string): Leftovers {
  const { db } = deps;
  const again = candidates(db, CASE_LEFTOVER);
  for (const c of again) eraseData(deps, c, at);
  const staffTextCleared = db.prepare(`UPDATE outbox SET ${OUTBOX_ERASED} WHERE ${OUTBOX_LEFTOVER}`).run({ erased: erasedError() }).changes;
  const caseKeysDestroyed = db.prepare('DELETE FROM case_keys WHERE case_id IN (SELECT id FROM cases WHERE purged_at IS NOT NULL)').run().changes;
  return { staffTextCleared, casesErasedAgain: again.length, caseKeysDestroyed };
}

/** What one run did: `notErased` due cases were left as they were (each named in the audit trail). */
export interface PurgeRun {
  readonly purged: number;
  readonly folders: number;
  readonly notErased: number;
  /** False when what earlier versions left behind could not be erased. */
  readonly leftoversErased: boolean;
  /** Due set-aside folders (data from before a restore) that could not be removed. */
  readonly foldersLeft: number;
  /** Backup snapshots (full copies of the database) left in the data folder that could not be removed. */
  readonly snapshotsLeft: number;
  /** False when erased values may still sit in the WAL: another reader kept the checkpoint from completing. */
  readonly walFolded: boolean;
  /** False when anything due was left: a case, a folder or snapshot, the WAL, or what earlier versions left. */
  readonly complete: boolean;
}

const NO_LEFTOVERS: Leftovers = { staffTextCleared: 0, casesErasedAgain: 0, caseKeysDestroyed: 0 };

/** Runs `step` in a savepoint: true when it went through, false when it failed and was undone. */
function savepoint(db: Database.Database, step: () => void): boolean {
  try {
    db.transaction(step)();
    return true;
  } catch {
    return false;
  }
}

/**
 * Every due case is erased in a savepoint of its own, so one that cannot be erased stops no other;
 * it stays as it was and the trail names it (case number and status, nothing personal).
 */
function eraseDue(deps: PurgeDeps, due: readonly Candidate[], at: string, operator: string) {
  let left = NO_LEFTOVERS;
  let failed: Candidate[] = [];
  let swept = true;
  deps.db.transaction(() => {
    failed = due.filter((c) => !savepoint(deps.db, () => eraseCase(deps, c, at, operator)));
    for (const c of failed) deps.audit({ action: 'purge', operator, caseId: c.id, details: { caseNumber: c.case_number, status: c.status, erased: false } });
    swept = savepoint(deps.db, () => { left = eraseLeftovers(deps, at); });
  })();
  const leftDetails = Object.fromEntries(Object.entries(left).filter(([, n]) => n > 0));
  if (Object.keys(leftDetails).length > 0) deps.audit({ action: 'purge', operator, details: leftDetails });
  return { notErased: failed.length, swept, leftoversFound: Object.keys(leftDetails).length > 0 };
}

/**
 * Copies of the data beside the database: set-aside folders past their time, and backup snapshots
 * (which a finished backup never leaves: any found is left over). What is removed is audited by
 * count, and so is what could not be (a locked file): the run then counts as incomplete.
 */
function removeCopies(deps: PurgeDeps, operator: string) {
  const dueFolders = oldRestoreFolders(deps.dataDir, deps.now());
  const folders = removePaths(dueFolders);
  const snapshots = leftSnapshots(deps.dataDir);
  const snapshotsRemoved = removePaths(snapshots);
  const details = Object.fromEntries(Object.entries({ restoreFolders: folders, snapshotsRemoved }).filter(([, n]) => n > 0));
  if (Object.keys(details).length > 0) deps.audit({ action: 'purge', operator, details });
  return { folders, foldersLeft: dueFolders.length - folders, snapshotsLeft: snapshots.length - snapshotsRemoved };
}

/**
 * One retention run. `foldOwed`: an earlier run's WAL checkpoint did not complete, so erased values
 * may still sit in the WAL: this run checkpoints even when it erases nothing itself.
 */
export function purgeExpired(deps: PurgeDeps, operator = 'system', foldOwed = false): PurgeRun {
  const due = dueCases(deps);
  const { notErased, swept, leftoversFound } = eraseDue(deps, due, deps.now().toISOString(), operator);
  const purged = due.length - notErased;
  const copies = removeCopies(deps, operator);
  // Old WAL frames still hold the purged values: fold them into the (securely deleted) file.
  const walFolded = purged > 0 || leftoversFound || foldOwed ? foldWal(deps.db) : true;
  const complete = notErased === 0 && swept && walFolded && copies.foldersLeft === 0 && copies.snapshotsLeft === 0;
  if (!complete) {
    deps.audit({ action: 'purge', operator, details: {
      complete: false, notErased, leftoversErased: swept, walFolded, restoreFoldersLeft: copies.foldersLeft, snapshotsLeft: copies.snapshotsLeft,
    } });
  }
  return { purged, notErased, leftoversErased: swept, walFolded, ...copies, complete };
}
