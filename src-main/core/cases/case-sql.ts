// Every SQL statement over the cases and amendments tables, as outbox-rows.ts holds the outbox's.
// The `cases.status` column keeps only the case's own lifecycle (draft, finalized, discarded); a
// finalized case's delivery status is derived from its request in the outbox, never copied:
// awaiting-hand-off, handed-over, queued, sending, delivered or needs-attention (plain 'finalized'
// only while it has no request item, which the finalize transaction and migration 0009 rule out).
import type Database from 'better-sqlite3-multiple-ciphers';
import type { CaseStatus } from '../../../src-shared/domain';
import type { AmendmentRow, CaseRow } from './case-rows';

/** A case joined with its request item; `c` and `o` name the two tables. */
export const CASES_WITH_REQUEST = `cases c LEFT JOIN outbox o ON o.case_id = c.id AND o.kind = 'request'`;

/** The status of a case (over CASES_WITH_REQUEST). */
export const CASE_STATUS = `(CASE WHEN c.status = 'finalized' AND o.state IS NOT NULL THEN o.state ELSE c.status END)`;

/** The last change of the case or of its request: the list's order and the view cache's key. */
const CASE_UPDATED = `max(c.updated_at, coalesce(o.updated_at, c.updated_at))`;

const CASE_COLUMNS = `c.id, ${CASE_STATUS} AS status, c.input, c.case_number, c.submission_id, c.created_at, ${CASE_UPDATED} AS updated_at,
  c.finalized_at, c.finalized_by, c.department_code, c.department_name, c.case_number_prefix, o.delivered_at AS delivered_at, c.discarded_at, c.purged_at,
  c.closed_at, c.closed_by, c.closure_reason`;

/** The list's order: newest change first, the later insert first among equal times. */
const LIST_ORDER = 'ORDER BY updated_at DESC, c.rowid DESC';

/** A case row as listRows reads it: with its rowid, the tie-break of the list's order. */
export interface ListedRow extends CaseRow {
  readonly row_order: number;
}

/**
 * Sorts rows into LIST_ORDER in place. Sorting here rather than in SQL spares SQLite copying
 * every wide row (its input included) through a sorter; ISO times compare the same either way
 * (ASCII text, SQLite's BINARY collation and JavaScript's code-unit order agree).
 */
export function inListOrder<T extends ListedRow>(rows: T[]): T[] {
  return rows.sort((a, b) => (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : b.row_order - a.row_order));
}

/** The derived columns a list() key needs: enough to tell whether a cached view is current. */
export interface CaseKey {
  readonly id: string;
  readonly updated_at: string;
  readonly status: CaseStatus;
}

export interface ListWhere {
  readonly statuses?: readonly CaseStatus[];
  /** A LIKE pattern over the folded search text (`\` escapes). */
  readonly like?: string;
}

function where(filter: ListWhere): { clause: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filter.statuses !== undefined) {
    parts.push(`${CASE_STATUS} IN (${filter.statuses.map(() => '?').join(',')})`);
    params.push(...filter.statuses);
  }
  if (filter.like !== undefined) {
    parts.push(`c.search LIKE ? ESCAPE '\\'`);
    params.push(filter.like);
  }
  return { clause: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export interface EarlierRow {
  id: string;
  case_number: string | null;
  finalized_at: string | null;
  services: string;
  status: CaseStatus;
}

export function caseSql(db: Database.Database) {
  const byId = db.prepare<[string], CaseRow>(`SELECT ${CASE_COLUMNS} FROM ${CASES_WITH_REQUEST} WHERE c.id = ?`);
  const amendmentsOf = db.prepare<[string], AmendmentRow>('SELECT * FROM amendments WHERE case_id = ? ORDER BY seq');
  const allAmendments = db.prepare<[], AmendmentRow>('SELECT * FROM amendments ORDER BY case_id, seq');
  const insertDraft = db.prepare(
    `INSERT INTO cases (id, status, input, search, account_hash, services, created_at, updated_at, status_changed_at)
     VALUES (@id, 'draft', @input, @search, @account_hash, @services, @now, @now, @now)`,
  );
  const writeInput = db.prepare(
    'UPDATE cases SET input = @input, search = @search, account_hash = @account_hash, services = @services, updated_at = @now WHERE id = @id AND purged_at IS NULL',
  );
  const discard = db.prepare(`UPDATE cases SET status = 'discarded', discarded_at = @at, updated_at = @at, status_changed_at = @at WHERE id = @id AND status = 'draft' AND purged_at IS NULL`);
  const finalize = db.prepare(
    `UPDATE cases SET status = 'finalized', input = @input, search = @search, account_hash = @account_hash, services = @services,
       case_number = @caseNumber, submission_id = @submissionId, department_code = @dept, department_name = @deptName, case_number_prefix = @prefix, case_year = @year, case_seq = @seq,
       finalized_at = @at, finalized_by = @operator, updated_at = @at, status_changed_at = @at
     WHERE id = @id AND status = 'draft' AND purged_at IS NULL`,
  );
  const lastSeq = db.prepare<[string, number], number | null>('SELECT max(case_seq) FROM cases WHERE department_code = ? AND case_year = ?').pluck();
  const amendmentCount = db.prepare<[string], number>('SELECT count(*) FROM amendments WHERE case_id = ?').pluck();
  const insertAmendment = db.prepare('INSERT INTO amendments (case_id, seq, field, old_value, new_value, reason, by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const amendIndex = db.prepare('UPDATE cases SET updated_at = ?, search = ?, account_hash = ? WHERE id = ?');
  const history = db.prepare<[string, string], { status: CaseStatus; services: string; case_number: string | null }>(
    `SELECT ${CASE_STATUS} AS status, c.services, c.case_number FROM ${CASES_WITH_REQUEST} WHERE c.account_hash = ? AND c.id <> ?`,
  );
  const earlier = db.prepare<[string, string], EarlierRow>(
    `SELECT c.id, c.case_number, c.finalized_at, c.services, ${CASE_STATUS} AS status FROM ${CASES_WITH_REQUEST}
     WHERE c.account_hash = ? AND c.id <> ? AND c.status NOT IN ('draft', 'discarded', 'closed-not-verified') ORDER BY c.finalized_at`,
  );
  return {
    byId: (id: string) => byId.get(id),
    amendmentsOf: (id: string) => amendmentsOf.all(id),
    allAmendments: () => allAmendments.all(),
    insertDraft: (v: Record<string, unknown>) => insertDraft.run(v),
    writeInput: (v: Record<string, unknown>) => writeInput.run(v),
    discard: (id: string, at: string) => discard.run({ id, at }).changes === 1,
    finalize: (v: Record<string, unknown>) => finalize.run(v).changes === 1,
    lastSeq: (departmentCode: string, year: number) => lastSeq.get(departmentCode, year) ?? 0,
    nextAmendmentSeq: (caseId: string) => (amendmentCount.get(caseId) ?? 0) + 1,
    insertAmendment: (a: AmendmentRow) => insertAmendment.run(a.case_id, a.seq, a.field, a.old_value, a.new_value, a.reason, a.by, a.at),
    amendIndex: (id: string, at: string, search: string, accountHash: string | null) => amendIndex.run(at, search, accountHash, id),
    history: (accountHash: string, excludeId: string) => history.all(accountHash, excludeId),
    earlier: (accountHash: string, excludeId: string) => earlier.all(accountHash, excludeId),
    /** Ids and versions of the matching cases, newest change first. */
    listKeys(filter: ListWhere): CaseKey[] {
      const w = where(filter);
      return db.prepare<unknown[], CaseKey>(`SELECT c.id, ${CASE_UPDATED} AS updated_at, ${CASE_STATUS} AS status FROM ${CASES_WITH_REQUEST} ${w.clause}
        ${LIST_ORDER}`).all(...w.params);
    },
    /** The matching rows, in no particular order (inListOrder sorts them as listKeys does). */
    listRows(filter: ListWhere): ListedRow[] {
      const w = where(filter);
      return db.prepare<unknown[], ListedRow>(`SELECT ${CASE_COLUMNS}, c.rowid AS row_order FROM ${CASES_WITH_REQUEST} ${w.clause}`).all(...w.params);
    },
  };
}
export type CaseSql = ReturnType<typeof caseSql>;
