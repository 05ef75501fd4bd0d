// Checking the audit trail. At open (checkAuditAtOpen) only the rows after the last verified,
// anchored checkpoint are walked, so an open costs the same at any age; the whole chain is walked
// by verifyFull, which runs in the background after every open and on request (Settings, IPC).
// Both judge the links, the checkpoint, the keychain anchor (anchor-problem.ts) and the trail's
// form (format-marker.ts) each on its own, and record what they find in the trail itself
// ('audit-break', break-record.ts), one entry per kind of break; neither ever stops the desk.
import type Database from 'better-sqlite3-multiple-ciphers';
import { assertNever } from '../../../src-shared/assert-never';
import type { AuditProblem, AuditVerification } from '../../../src-shared/core-api';
import type { SecretStore } from '../core-types';
import { auditSchemaChange } from './audit-schema';
import { anchorProblem, checkpointProblem, type JudgeMode } from './anchor-problem';
import type { AuditLog } from './audit-log';
import { anchorSignature, readAnchorState, type AnchorState } from './audit-secrets';
import { recordBreaks } from './break-record';
import { START, UNBROKEN, type ChainPoint, type WalkResult } from './chain-walk';
import { readCheckpoint, type CheckpointState } from './checkpoint';
import type { CheckpointKeeper } from './checkpoint-keeper';
import { checkpointsRecorded, formatMarked, type TrailOrigin } from './format-marker';
import { restoreTokenHeld } from './restore-token';

export interface VerifyDeps {
  readonly db: Database.Database;
  readonly log: AuditLog;
  readonly secrets: SecretStore;
  readonly store: string;
  readonly chainKey: string;
  readonly keeper: CheckpointKeeper;
  /** How the database came to this open (format-marker.ts). */
  readonly origin: TrailOrigin;
}

/** What one check found: the verification answered, and every kind of break found. */
export interface CheckOutcome {
  readonly verification: AuditVerification;
  readonly problems: readonly AuditProblem[];
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

/** Keyed rows other than breaks (an upgrading open stopped before its anchor may have recorded some). */
function hasKeyedRows(db: Database.Database): boolean {
  return db.prepare(`SELECT 1 FROM audit WHERE keyed = 1 AND action <> 'audit-break' LIMIT 1`).get() !== undefined;
}

/**
 * The open that created the database; a trail in this version's form; or the lenient judgement of
 * an older trail, only in the open that upgrades a database from a schema that could hold one.
 */
function modeOf(deps: VerifyDeps, marked: boolean): JudgeMode {
  if (deps.origin === 'created') return 'created';
  return marked || deps.origin === 'existing' ? 'strict' : 'legacy';
}

/** A trail without the format entry: adopted at this upgrade (recorded), a break, or just created. */
function formProblem(mode: JudgeMode): AuditProblem | null {
  switch (mode) {
    case 'legacy':
      return 'legacy-unverified';
    case 'strict':
      return 'format-missing';
    case 'created':
      return null; // the entry is this open's first append
    default:
      return assertNever(mode, 'judge mode');
  }
}

interface Judged {
  readonly walk: WalkResult;
  readonly cp: CheckpointState;
  readonly anchor: AnchorState;
  readonly startProblem: AuditProblem | null;
  /** Legacy mode: keyed rows before this open appended anything. */
  readonly hadKeyedRows: () => boolean;
}

/** Every kind of break, each judged on its own: links, checkpoint, anchor, the trail's form. */
async function judge(deps: VerifyDeps, j: Judged): Promise<AuditProblem[]> {
  const marked = formatMarked(deps.db);
  const mode = modeOf(deps, marked);
  const restored = j.cp.state === 'valid' ? j.cp.checkpoint.restoredOver : null;
  const anchor = anchorProblem({
    mode, store: deps.store, anchor: j.anchor, checkpoint: j.cp, headSeq: j.walk.seq,
    signature: (a) => anchorSignature(deps.chainKey, a),
    hashAt: deps.log.hashAt,
    restoreTokenHeld: await restoreTokenHeld(deps.secrets, deps.store, restored?.token),
    hadKeyedRows: mode === 'legacy' && j.hadKeyedRows(),
    checkpointsRecorded: () => checkpointsRecorded(deps.db),
    restoredOver: (store) => restoredOver(deps.db, store),
  });
  const form = marked ? null : formProblem(mode);
  const schema = auditSchemaChange(deps.db) === null ? null : 'schema-changed';
  // The trail as a whole first, then the specific findings: the newest entry (the banner's) is the most specific.
  const found = [form, schema, j.walk.firstBroken !== null ? 'rewritten' : null, j.startProblem, anchor, checkpointProblem({ mode, checkpoint: j.cp })];
  return [...new Set(found.filter((p): p is AuditProblem => p !== null))];
}

const FORM_PROBLEMS: ReadonlySet<AuditProblem> = new Set(['format-missing', 'legacy-unverified']);

function result(walk: WalkResult, problems: readonly AuditProblem[], anchor: AnchorState, store: string): AuditVerification {
  return {
    ok: problems.length === 0 && walk.tally.breaks === 0,
    entries: walk.seq,
    firstBroken: walk.firstBroken,
    problem: problems.find((p) => !FORM_PROBLEMS.has(p)) ?? problems[0] ?? null,
    anchoredSeq: anchor.state === 'valid' && anchor.anchor.store === store ? anchor.anchor.seq : null,
    recordedBreaks: walk.tally.breaks,
  };
}

/**
 * At every open: walk from the checkpoint to the head, judge, record the breaks. The caller then
 * anchors the head, which moves the checkpoint up to it.
 */
export async function checkAuditAtOpen(deps: VerifyDeps, append: AuditLog['append']): Promise<CheckOutcome> {
  const cp = readCheckpoint(deps.db, deps.chainKey, deps.store);
  const { start, problem: startProblem } = startOf(deps, cp);
  const walk = deps.log.walker.walk(start);
  const anchor = await readAnchorState(deps.secrets);
  const hadKeyedRows = () => (cp.state === 'valid' ? cp.checkpoint.keyedSeen || walk.keyedSeen : hasKeyedRows(deps.db));
  const problems = await judge(deps, { walk, cp, anchor, startProblem, hadKeyedRows });
  const verification = result(walk, problems, anchor, deps.store);
  recordBreaks(deps.db, { walk, cp, verification, problems }, append);
  // The rows just walked (and the breaks just recorded) are verified: the next checkpoint starts here.
  deps.keeper.reset(deps.log.walker.walk(walk), cp.state === 'valid');
  return { verification, problems };
}

export interface FullCheckOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (verified: number, total: number) => void;
  /** Main-thread time per slice (ms); the event loop runs between slices, so the app stays responsive. */
  readonly sliceMs?: number;
}

/** The whole chain from the first row, in short slices. */
async function walkAll(deps: VerifyDeps, options: FullCheckOptions): Promise<WalkResult> {
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
  return walk;
}

/** The whole chain from the first row, the checkpoint, the anchor and the form; records the breaks. */
export async function verifyFull(deps: VerifyDeps, append: AuditLog['append'], options: FullCheckOptions = {}): Promise<AuditVerification> {
  const walk = await walkAll(deps, options);
  options.signal?.throwIfAborted();
  const cp = readCheckpoint(deps.db, deps.chainKey, deps.store);
  const anchor = await readAnchorState(deps.secrets);
  const { problem: startProblem } = startOf(deps, cp);
  const problems = await judge(deps, { walk, cp, anchor, startProblem, hadKeyedRows: () => walk.keyedSeen });
  options.signal?.throwIfAborted(); // closed meanwhile: nothing more is written
  const verification = result(walk, problems, anchor, deps.store);
  recordBreaks(deps.db, { walk, cp, verification, problems }, append);
  return verification;
}
