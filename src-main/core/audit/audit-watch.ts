// What the desk knows about its audit trail while it runs: the full check that starts a moment
// after open (cancellable, with progress; its outcome is kept in meta 'audit-full-check'), the
// breaks on record and whether staff have acknowledged them (the app-wide banner), and the
// acknowledgement itself, which is an audit entry of its own.
import type { AuditFullCheck, AuditProblem, AuditStatus as FullStatus, AuditVerification, OperatorOptions } from '../../../src-shared/core-api';

/** What the trail itself knows; the core adds retention's last failure (open-core-parts.ts). */
export type AuditStatus = Omit<FullStatus, 'purgeFailure'>;
import { makeIssue } from '../../../src-shared/domain';
import { parseOperator, SYSTEM_OPERATOR } from '../cases/arguments';
import { validationError } from '../cases/validation-error';
import type { AuditLog } from './audit-log';
import { recordCheckFailed } from './break-record';
import { verifyFull, type VerifyDeps } from './verify-audit';

const FULL_CHECK_KEY = 'audit-full-check';

export interface AuditWatch {
  /** Starts the background full check after `delayMs` (after the first screen). */
  startLater(delayMs: number): void;
  /** Runs the full check now (Settings, IPC); a background run in progress is replaced. Only the
   *  background run keeps its outcome in meta (an on-request run shows it to the one who asked). */
  runFull(): Promise<AuditVerification>;
  /** Stops a running or waiting full check (also at close). */
  cancel(): void;
  status(): AuditStatus;
  /**
   * Staff have seen the breaks on record up to `through` (the newest the banner showed): audited;
   * the banner goes until a new break. Refused when a newer break has been recorded since.
   */
  acknowledge(operator: string, through: number): AuditStatus;
  onChange(listener: (status: AuditStatus) => void): () => void;
  /** The background integrity check of the database file (shown with the audit status). */
  noteIntegrity(result: Promise<AuditStatus['integrity']>): void;
}

/** The newest break the staff member saw: a seq (0 or more). */
export function acknowledgedThrough(opts: { through?: unknown } | undefined): number {
  const through = opts?.through;
  if (typeof through !== 'number' || !Number.isSafeInteger(through) || through < 0) throw validationError([makeIssue('through', 'input.invalid')]);
  return through;
}

/** Only a named staff member acknowledges a break (staff-guard.ts checks the name is staff). */
export function acknowledgingOperator(opts: OperatorOptions | undefined): string {
  const operator = parseOperator(opts);
  if (operator === SYSTEM_OPERATOR) throw validationError([makeIssue('operator', 'operator.not-staff', { name: operator })]);
  return operator;
}

function lastFull(deps: VerifyDeps): AuditFullCheck['last'] {
  const raw = deps.db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck().get(FULL_CHECK_KEY);
  try {
    return raw === undefined ? null : (JSON.parse(raw) as AuditFullCheck['last']);
  } catch {
    return null;
  }
}

function keepOutcome(deps: VerifyDeps, outcome: NonNullable<AuditFullCheck['last']>): void {
  deps.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(FULL_CHECK_KEY, JSON.stringify(outcome));
}

function problemOf(deps: VerifyDeps, seq: number): AuditProblem | null {
  if (seq === 0) return null;
  const raw = deps.db.prepare<[number], string>('SELECT details FROM audit WHERE seq = ?').pluck().get(seq);
  try {
    return raw === undefined ? null : ((JSON.parse(raw) as { problem?: AuditProblem }).problem ?? null);
  } catch {
    return null;
  }
}

/**
 * A full check that stopped for any reason but a cancellation vouches for nothing: a recorded
 * break (the banner), and its outcome replaces the last one kept (Settings never shows an older
 * pass instead). When even that cannot be written (the data closed, the disk full), the error stands.
 */
function checkFailed(deps: VerifyDeps, append: AuditLog['append'], at: Date, verified: number, error: unknown): AuditVerification {
  if (!deps.db.open) throw error;
  try {
    recordCheckFailed(deps.db, deps.keeper.tally().lastAck, append, verified);
    keepOutcome(deps, { at: at.toISOString(), entries: verified, ok: false, failed: true });
    return { ok: false, entries: verified, firstBroken: null, problem: 'check-failed', anchoredSeq: null, recordedBreaks: deps.keeper.tally().breaks };
  } catch {
    throw error;
  }
}

/** Appends the acknowledgement of the breaks up to `through`; false when there is nothing new to acknowledge. */
function recordAcknowledgement(deps: VerifyDeps, append: AuditLog['append'], operator: string, through: number): boolean {
  const t = deps.keeper.tally();
  if (t.breaks === t.ackedBreaks) return false; // no entry
  // A break recorded after the banner last asked is not acknowledged unseen.
  if (through < t.lastBreak) throw validationError([makeIssue('through', 'audit.newer-break')]);
  append({ action: 'audit-ack', operator, details: { breaks: t.breaks, through: t.lastBreak } });
  return true;
}

/** `unredacted`: legacy entries the open left in clear, since the trail did not verify (redact-at-open.ts). */
export function createAuditWatch(deps: VerifyDeps, append: AuditLog['append'], now: () => Date, settled: Promise<void>, unredacted: number): AuditWatch {
  let progress: Omit<AuditFullCheck, 'last'> = { state: 'waiting', verified: 0, total: 0 };
  let abort: AbortController | null = null;
  let timer: NodeJS.Timeout | null = null;
  let integrity: AuditStatus['integrity'] = 'waiting';
  const listeners = new Set<(s: AuditStatus) => void>();
  const status = (): AuditStatus => {
    const t = deps.keeper.tally();
    return { recordedBreaks: t.breaks, unacknowledged: t.breaks - t.ackedBreaks, lastProblem: problemOf(deps, t.lastBreak), lastBreak: t.lastBreak, fullCheck: { ...progress, last: lastFull(deps) }, integrity, unredacted };
  };
  const changed = () => {
    if (!deps.db.open) return;
    const s = status();
    for (const l of listeners) l(s);
  };
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    abort?.abort();
    abort = null;
  };
  const runFull = async (record = false): Promise<AuditVerification> => {
    cancel();
    const mine = new AbortController();
    abort = mine;
    let lastReport = 0;
    const onProgress = (verified: number, total: number) => {
      progress = { state: 'running', verified, total };
      if (verified === total || verified - lastReport >= 10_000) { lastReport = verified; changed(); }
    };
    try {
      await settled;
      mine.signal.throwIfAborted();
      const v = await verifyFull(deps, append, { signal: mine.signal, onProgress });
      if (record) keepOutcome(deps, { at: now().toISOString(), entries: v.entries, ok: v.ok });
      progress = { state: 'done', verified: v.entries, total: v.entries };
      return v;
    } catch (e) {
      const cancelled = mine.signal.aborted;
      progress = { ...progress, state: cancelled ? 'cancelled' : 'failed' };
      if (cancelled) throw e;
      return checkFailed(deps, append, now(), progress.verified, e);
    } finally {
      if (abort === mine) abort = null;
      changed();
    }
  };
  return {
    startLater(delayMs) {
      cancel();
      timer = setTimeout(() => {
        timer = null;
        runFull(true).catch(() => undefined); // cancelled (close, a run on request) or the data closed under it
      }, delayMs);
      timer.unref();
    },
    runFull: () => runFull(),
    cancel,
    status,
    acknowledge(operator, through) {
      if (recordAcknowledgement(deps, append, operator, through)) changed();
      return status();
    },
    noteIntegrity(result) {
      integrity = 'checking';
      void result.then((state) => {
        integrity = state;
        changed();
      });
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
