// Recording what a check found: one 'audit-break' entry per kind of break, unless the same break is
// already on record. A rewritten row stays rewritten: the same broken rows, as they are stored, are
// one break however often the full check walks them, acknowledged or not; another row edited since,
// or a broken row edited again, is a new one (and so for an audit table declared otherwise that
// cannot be put back: the same schema found is one break, another change a new one). Any other kind is never the same across an
// acknowledgement (once staff have acknowledged a break, finding one like it again is shown again),
// and is the same only while no anchor has been written since it was recorded (the checkpoint,
// which moves only after an anchor write, is still below the entry): a keychain that loses the
// anchor again after the app wrote it is a new break.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AuditProblem, AuditVerification } from '../../../src-shared/core-api';
import type { AuditEvent } from '../context';
import type { AuditLog } from './audit-log';
import { auditSchemaChange, repairAuditSchema } from './audit-schema';
import type { WalkResult } from './chain-walk';
import type { CheckpointState } from './checkpoint';

export interface Found {
  readonly walk: WalkResult;
  readonly cp: CheckpointState;
  readonly verification: AuditVerification;
  readonly problems: readonly AuditProblem[];
}

interface OnRecord {
  readonly seq: number;
  readonly details: { problem?: unknown; firstBroken?: unknown; anchoredSeq?: unknown; brokenRows?: unknown; schema?: unknown; left?: unknown };
}

/** A schema found changed: its digest as found, and (a table that cannot be put back) as left after the repair. */
interface SchemaFound {
  readonly found: string | null;
  readonly left: string | null;
}

function detailsOf(f: Found, problem: AuditProblem, schema: SchemaFound): NonNullable<AuditEvent['details']> {
  const { firstBroken, anchoredSeq } = f.verification;
  const base = { problem, firstBroken, anchoredSeq };
  if (problem === 'rewritten') return { ...base, brokenRows: f.walk.brokenRows };
  if (problem === 'schema-changed') return schema.left === null ? { problem, schema: schema.found } : { problem, schema: schema.found, left: schema.left }; // the same wherever a walk starts
  // The rows the earlier version kept, adopted unverified (seqs only, nothing personal).
  if (problem === 'legacy-unverified') return { ...base, unverifiedFrom: 1, unverifiedTo: f.walk.seq };
  return base;
}

/** The break entries after `afterSeq`, newest first (read only when something broke). */
function breaksAfter(db: Database.Database, afterSeq: number): OnRecord[] {
  const rows = db.prepare<[number], { seq: number; details: string }>(`SELECT seq, details FROM audit WHERE action = 'audit-break' AND seq > ? ORDER BY seq DESC`).all(afterSeq);
  return rows.flatMap((r) => {
    try {
      const details: unknown = JSON.parse(r.details);
      return typeof details === 'object' && details !== null ? [{ seq: r.seq, details: details as OnRecord['details'] }] : [];
    } catch {
      return [];
    }
  });
}

function sameBreak(f: Found, details: ReturnType<typeof detailsOf>, r: OnRecord): boolean {
  const d = r.details;
  if (d.problem !== details.problem) return false;
  // The same schema as found then, or exactly what that repair left (found again, nothing added since).
  if (details.problem === 'schema-changed') return d.schema === details.schema || (d.left !== undefined && d.left === details.schema);
  if (d.firstBroken !== details.firstBroken) return false;
  if (details.problem === 'rewritten') return d.brokenRows === details.brokenRows;
  const anchoredSince = f.cp.state === 'valid' && f.cp.checkpoint.seq >= r.seq;
  return d.anchoredSeq === details.anchoredSeq && !anchoredSince;
}

/** Breaks that stay as found (the same rows): one entry, acknowledged or not. */
const LASTING: ReadonlySet<AuditProblem> = new Set(['rewritten']);

/**
 * Appends one 'audit-break' entry per kind of break found, unless that break is on record
 * unacknowledged. A schema found changed is recorded by its digest, and in the same
 * transaction the table's triggers and index are put back as declared, so that a trigger that
 * drops or rewrites entries cannot keep the break itself out of the trail; a table declared
 * otherwise, which cannot be put back, stays one break for the same schema (as found, or as the
 * repair left it), acknowledged or not; a trigger or index changed on it since is a new one.
 * An entry the table does not take throws (audit-log.ts), and nothing here is kept.
 */
export function recordBreaks(db: Database.Database, f: Found, append: AuditLog['append']): void {
  if (f.problems.length === 0) return;
  db.transaction(() => {
    const lasting = new Set(LASTING);
    const found = f.problems.includes('schema-changed') ? auditSchemaChange(db) : null;
    // What a later open finds when nothing more was changed (a table that cannot be put back): the same break.
    const left = found === null ? null : repairAuditSchema(db).left;
    if (left !== null) lasting.add('schema-changed');
    const breaks = f.problems.map((problem) => ({ problem, details: detailsOf(f, problem, { found, left }) }));
    const unacknowledged = breaksAfter(db, f.walk.tally.lastAck);
    const all = f.problems.some((p) => lasting.has(p)) ? breaksAfter(db, 0) : unacknowledged;
    for (const { problem, details } of breaks) {
      const onRecord = lasting.has(problem) ? all : unacknowledged;
      if (!onRecord.some((r) => sameBreak(f, details, r))) append({ action: 'audit-break', operator: 'system', details });
    }
  })();
}

/**
 * A full check that stopped before the end (not cancelled): one 'audit-break' entry, unless one is
 * on record that staff have not acknowledged yet (a check failing at every start is one break
 * until someone has seen it).
 */
export function recordCheckFailed(db: Database.Database, lastAck: number, append: AuditLog['append'], verified: number): void {
  if (breaksAfter(db, lastAck).some((r) => r.details.problem === 'check-failed')) return;
  append({ action: 'audit-break', operator: 'system', details: { problem: 'check-failed', firstBroken: null, anchoredSeq: null, verified } });
}
