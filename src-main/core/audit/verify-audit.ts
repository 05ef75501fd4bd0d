// Checking the audit trail. At open (checkAuditAtOpen) only the rows after the last verified,
// anchored checkpoint are walked, so an open costs the same at any age; the whole chain is walked
// by verifyFull, which runs in the background after every open and on request (Settings, IPC).
// Both compare the keychain anchor with the trail (anchor-problem.ts) and record what they find
// in the trail itself ('audit-break'), once per distinct break; neither ever stops the desk.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AuditProblem, AuditVerification } from '../../../src-shared/core-api';
import type { SecretStore } from '../core-types';
import { anchorProblem } from './anchor-problem';
import type { AuditLog } from './audit-log';
import { anchorSignature, readAnchorState, type AnchorState } from './audit-secrets';
import { START, UNBROKEN, type ChainPoint, type WalkResult } from './chain-walk';
import { readCheckpoint, type CheckpointState } from './checkpoint';
import type { CheckpointKeeper } from './checkpoint-keeper';
import { anchorsSigned, checkpointsRecorded } from './format-marker';

export interface VerifyDeps {
  readonly db: Database.Database;
  readonly log: AuditLog;
  readonly secrets: SecretStore;
  readonly store: string;
  readonly chainKey: string;
  readonly keeper: CheckpointKeeper;
}

function restoredOver(db: Database.Database, store: string): boolean {
  return db.prepare(
    `SELECT 1 FROM audit WHERE action = 'backup' AND json_extract(details, '$.kind') = 'restore' AND json_extract(details, '$.replacedStore') = ?`,
  ).get(store) !== undefined;
}

/** Where the open's walk starts: the checkpoint when it is valid and still in the trail. */
function startOf(deps: VerifyDeps, cp: CheckpointState): { start: ChainPoint; problem: AuditProblem | null } {
  if (cp.state !== 'valid') return { start: START, problem: null };
  const c = cp.checkpoint;
  if (c.seq === 0) return { start: c, problem: null };
  const hash = deps.log.hashAt(c.seq);
  if (hash === null) return { start: START, problem: 'truncated' }; // cut below what was verified
  return hash === c.hash ? { start: c, problem: null } : { start: START, problem: 'rewritten' };
}

function hasKeyedRows(db: Database.Database): boolean {
  return db.prepare('SELECT 1 FROM audit WHERE keyed = 1 LIMIT 1').get() !== undefined;
}

function judge(deps: VerifyDeps, walk: WalkResult, cp: CheckpointState, anchor: AnchorState, hadKeyedRows: boolean): AuditProblem | null {
  if (walk.firstBroken !== null) return 'rewritten';
  return anchorProblem({
    store: deps.store,
    anchor,
    checkpoint: cp,
    hadKeyedRows,
    anchorsSigned: anchorsSigned(deps.db),
    checkpointsRecorded: () => checkpointsRecorded(deps.db),
    headSeq: walk.seq,
    signature: (a) => anchorSignature(deps.chainKey, a),
    hashAt: deps.log.hashAt,
    restoredOver: (store) => restoredOver(deps.db, store),
  });
}

function result(walk: WalkResult, problem: AuditProblem | null, anchor: AnchorState, store: string): AuditVerification {
  return {
    ok: problem === null && walk.tally.breaks === 0,
    entries: walk.seq,
    firstBroken: walk.firstBroken,
    problem,
    anchoredSeq: anchor.state === 'valid' && anchor.anchor.store === store ? anchor.anchor.seq : null,
    recordedBreaks: walk.tally.breaks,
  };
}

function parsed(raw: string): { problem?: unknown; firstBroken?: unknown; anchoredSeq?: unknown; brokenRows?: unknown } | null {
  try {
    return JSON.parse(raw) as { problem?: unknown };
  } catch {
    return null;
  }
}

/** Appends an 'audit-break' row unless the newest one already records the same break. */
export function recordBreak(deps: VerifyDeps, walk: WalkResult, v: AuditVerification, append: AuditLog['append']): void {
  if (v.problem === null) return;
  const rewritten = v.problem === 'rewritten';
  const details = { problem: v.problem, firstBroken: v.firstBroken, anchoredSeq: v.anchoredSeq, ...(rewritten ? { brokenRows: walk.brokenRows } : {}) };
  const raw = walk.tally.lastBreak > 0
    ? deps.db.prepare<[number], string>('SELECT details FROM audit WHERE seq = ?').pluck().get(walk.tally.lastBreak)
    : undefined;
  const last = raw === undefined ? null : parsed(raw);
  // A rewritten row stays rewritten: the same broken rows are one break, whatever the anchor says
  // now; another row edited since (even after the first broken one) is a new break.
  const same = last !== null && last.problem === v.problem && last.firstBroken === v.firstBroken
    && (rewritten ? last.brokenRows === walk.brokenRows : last.anchoredSeq === v.anchoredSeq);
  if (!same) append({ action: 'audit-break', operator: 'system', details });
}

/**
 * At every open: walk from the checkpoint to the head, compare the anchor, record a break. The
 * caller then anchors the head, which moves the checkpoint up to it.
 */
export async function checkAuditAtOpen(deps: VerifyDeps, append: AuditLog['append']): Promise<AuditVerification> {
  const cp = readCheckpoint(deps.db, deps.chainKey, deps.store);
  const { start, problem: startProblem } = startOf(deps, cp);
  const walk = deps.log.walker.walk(start);
  const anchor = await readAnchorState(deps.secrets);
  const hadKeyedRows = cp.state === 'valid' ? cp.checkpoint.keyedSeen || walk.keyedSeen : hasKeyedRows(deps.db);
  const problem = startProblem ?? judge(deps, walk, cp, anchor, hadKeyedRows);
  const v = result(walk, problem, anchor, deps.store);
  recordBreak(deps, walk, v, append);
  // The rows just walked (and the break just recorded) are verified: the next checkpoint starts here.
  deps.keeper.reset(deps.log.walker.walk(walk), cp.state === 'valid');
  return v;
}

export interface FullCheckOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (verified: number, total: number) => void;
  /** Main-thread time per slice (ms); the event loop runs between slices, so the app stays responsive. */
  readonly sliceMs?: number;
}

/** The whole chain from the first row, in short slices; records a break. */
export async function verifyFull(deps: VerifyDeps, append: AuditLog['append'], options: FullCheckOptions = {}): Promise<AuditVerification> {
  const total = deps.log.head().seq;
  const sliceMs = options.sliceMs ?? 15;
  let walk: WalkResult = { ...START, ...UNBROKEN };
  options.onProgress?.(0, total);
  for (let more = total > 0; more;) {
    options.signal?.throwIfAborted();
    const started = performance.now();
    do {
      const next = deps.log.walker.step(walk, 200, total);
      more = next.seq !== walk.seq && next.seq < total; // no progress: the rows beyond were cut (the anchor says so)
      walk = next;
    } while (more && performance.now() - started < sliceMs);
    options.onProgress?.(walk.seq, total);
    if (more) await new Promise((r) => setImmediate(r));
  }
  options.signal?.throwIfAborted();
  const cp = readCheckpoint(deps.db, deps.chainKey, deps.store);
  const anchor = await readAnchorState(deps.secrets);
  options.signal?.throwIfAborted(); // closed meanwhile: nothing more is written
  const { problem: cpProblem } = startOf(deps, cp);
  const problem = judge(deps, walk, cp, anchor, walk.keyedSeen) ?? cpProblem;
  const v = result(walk, problem, anchor, deps.store);
  recordBreak(deps, walk, v, append);
  return v;
}
