// Every SQL statement over the cases and amendments tables, as outbox-rows.ts holds the outbox's.
// The `cases.status` column keeps only the case's own lifecycle (draft, finalized, discarded); a
// finalized case's delivery status is derived from its request in the outbox, never copied:
// awaiting-hand-off, handed-over, queued, sending, delivered or needs-attention (plain 'finalized'
// only while it has no request item, which the finalize transaction and migration 0009 rule out).
import type Database from 'better-sqlite3-multiple-ciphers';
import type { CaseStatus } from '../../../src-shared/domain';
import type { AmendmentRow, CaseRow, IndexColumns } from './case-rows';
import type { SummaryRow } from './case-summary';

/** A case joined with its request item; `c` and `o` name the two tables. */
export const CASES_WITH_REQUEST = `cases c LEFT JOIN outbox o ON o.case_id = c.id AND o.kind = 'request'`;

/** The status of a case (over CASES_WITH_REQUEST). */
export const CASE_STATUS = `(CASE WHEN c.status = 'finalized' AND o.state IS NOT NULL THEN o.state ELSE c.status END)`;

/** The last change of the case or of its request: the list's order and the view cache's key. */
const CASE_UPDATED = `max(c.updated_at, coalesce(o.updated_at, c.updated_at))`;

const CASE_COLUMNS = `c.id, ${CASE_STATUS} AS status, c.input, c.case_number, c.submission_id, c.created_at, ${CASE_UPDATED} AS updated_at,
  c.finalized_at, c.finalized_by, c.department_code, c.department_name, c.case_number_prefix, o.delivered_at AS delivered_at, c.discarded_at, c.purged_at,
  c.closed_at, c.closed_by, c.closure_reason`;

/**
 * What list() reads, all of it from two covering indexes (migration 0011): the cases' list columns
 * with their summaries, and the state and last change of each case's request. `INDEXED BY` keeps
 * the plan from falling back to the full rows (the statement fails to prepare if it could not).
 */
const LIST_FROM = `cases c INDEXED BY cases_list LEFT JOIN outbox o INDEXED BY outbox_request_list ON o.case_id = c.id AND o.kind = 'request'`;
const LIST_COLUMNS = `c.id, ${CASE_STATUS} AS status, c.case_number, ${CASE_UPDATED} AS updated_at, c.summary, c.rowid AS row_order`;

/** A row of the list: its summary, with its rowid as the tie-break of the list's order. */
export interface ListedRow extends SummaryRow {
  readonly row_order: number;
}

/**
 * Sorts rows into the list's order in place: newest change first, the later insert first among
 * equal times. ISO times compare the same here as in SQL (ASCII text, SQLite's BINARY collation
 * and JavaScript's code-unit order agree).
 */
export function inListOrder<T extends ListedRow>(rows: T[]): T[] {
  return rows.sort((a, b) => (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : b.row_order - a.row_order));
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

/** The statement behind listRows (exported for the test of its query plan). */
export function listQuery(filter: ListWhere): { sql: string; params: unknown[] } {
  const w = where(filter);
  return { sql: `SELECT ${LIST_COLUMNS} FROM ${LIST_FROM} ${w.clause}`, params: w.params };
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
  const insertDraft = db.prepare(
    `INSERT INTO cases (id, status, input, search, account_hash, services, summary, created_at, updated_at, status_changed_at)
     VALUES (@id, 'draft', @input, @search, @account_hash, @services, @summary, @now, @now, @now)`,
  );
  const writeInput = db.prepare(
    'UPDATE cases SET input = @input, search = @search, account_hash = @account_hash, services = @services, summary = @summary, updated_at = @now WHERE id = @id AND purged_at IS NULL',
  );
  const discard = db.prepare(`UPDATE cases SET status = 'discarded', discarded_at = @at, updated_at = @at, status_changed_at = @at WHERE id = @id AND status = 'draft' AND purged_at IS NULL`);
  const finalize = db.prepare(
    `UPDATE cases SET status = 'finalized', input = @input, search = @search, account_hash = @account_hash, services = @services, summary = @summary,
       case_number = @caseNumber, submission_id = @submissionId, department_code = @dept, department_name = @deptName, case_number_prefix = @prefix, case_year = @year, case_seq = @seq,
       finalized_at = @at, finalized_by = @operator, updated_at = @at, status_changed_at = @at
     WHERE id = @id AND status = 'draft' AND purged_at IS NULL`,
  );
  const lastSeq = db.prepare<[string, number], number | null>('SELECT max(case_seq) FROM cases WHERE department_code = ? AND case_year = ?').pluck();
  const amendmentCount = db.prepare<[string], number>('SELECT count(*) FROM amendments WHERE case_id = ?').pluck();
  const insertAmendment = db.prepare('INSERT INTO amendments (case_id, seq, field, old_value, new_value, reason, by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const amendIndex = db.prepare('UPDATE cases SET updated_at = @at, search = @search, account_hash = @account_hash, summary = @summary WHERE id = @id');
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
    insertDraft: (v: Record<string, unknown>) => insertDraft.run(v),
    writeInput: (v: Record<string, unknown>) => writeInput.run(v),
    discard: (id: string, at: string) => discard.run({ id, at }).changes === 1,
    finalize: (v: Record<string, unknown>) => finalize.run(v).changes === 1,
    lastSeq: (departmentCode: string, year: number) => lastSeq.get(departmentCode, year) ?? 0,
    nextAmendmentSeq: (caseId: string) => (amendmentCount.get(caseId) ?? 0) + 1,
    insertAmendment: (a: AmendmentRow) => insertAmendment.run(a.case_id, a.seq, a.field, a.old_value, a.new_value, a.reason, a.by, a.at),
    amendIndex: (id: string, at: string, index: Pick<IndexColumns, 'search' | 'account_hash' | 'summary'>) =>
      amendIndex.run({ id, at, search: index.search, account_hash: index.account_hash, summary: index.summary }),
    history: (accountHash: string, excludeId: string) => history.all(accountHash, excludeId),
    earlier: (accountHash: string, excludeId: string) => earlier.all(accountHash, excludeId),
    /** The matching cases' list rows, in no particular order (inListOrder sorts them). */
    listRows(filter: ListWhere): ListedRow[] {
      const q = listQuery(filter);
      return db.prepare<unknown[], ListedRow>(q.sql).all(...q.params);
    },
  };
}
export type CaseSql = ReturnType<typeof caseSql>;
