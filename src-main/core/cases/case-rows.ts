// Rows of the `cases` and `amendments` tables (as case-sql.ts reads them) and how they become the
// CaseView callers see.
import type { Amendment, CaseView, FinalizedFacts } from '../../../src-shared/core-api';
import { deriveWindow, type CaseDraft, type CaseStatus, type IsoDate } from '../../../src-shared/domain';
import { setPath } from './json-paths';

export interface CaseRow {
  id: string;
  /** Derived: the lifecycle, or for a finalized case the state of its request (case-sql.ts). */
  status: CaseStatus;
  input: string;
  case_number: string | null;
  submission_id: string | null;
  created_at: string;
  /** The later of the case's own last change and its request's. */
  updated_at: string;
  finalized_at: string | null;
  finalized_by: string | null;
  department_code: string | null;
  department_name: string | null;
  case_number_prefix: string | null;
  delivered_at: string | null;
  discarded_at: string | null;
  purged_at: string | null;
  closed_at: string | null;
  closed_by: string | null;
  closure_reason: string | null;
}

/** Columns derived from the input on every write: for list(), search and the local history. */
export interface IndexColumns {
  readonly input: string;
  readonly search: string;
  readonly account_hash: string | null;
  readonly services: string;
  /** What the case list shows of the input (case-summary.ts). */
  readonly summary: string;
}

export interface AmendmentRow {
  case_id: string;
  seq: number;
  field: string;
  old_value: string;
  new_value: string;
  reason: string;
  by: string;
  at: string;
}

export function toAmendment(r: AmendmentRow): Amendment {
  return { field: r.field, oldValue: JSON.parse(r.old_value) as unknown, value: JSON.parse(r.new_value) as unknown, reason: r.reason, by: r.by, at: r.at };
}

/**
 * Applies one amendment to a case input. The contact e-mail's confirmation copy is a typing aid
 * at the counter; an amended address replaces both so the record stays consistent.
 */
export function applyAmendment(input: CaseDraft, a: Pick<Amendment, 'field' | 'value'>): CaseDraft {
  let out = setPath(input, a.field, a.value) as CaseDraft;
  if (a.field === 'applicant.contactEmail') out = setPath(out, 'applicant.contactEmailConfirm', a.value) as CaseDraft;
  return out;
}

// Many cases share a departure date, and deriveWindow validates and builds dates each time:
// memoized per (departure, override, today) so listing thousands of cases stays fast.
const windows = new Map<string, ReturnType<typeof deriveWindow>>();
export function windowOf(eligibility: CaseDraft['eligibility'], today: IsoDate): ReturnType<typeof deriveWindow> {
  const key = `${eligibility?.departureDate ?? ''}|${eligibility?.accountExpiryOverride ?? ''}|${today}`;
  let w = windows.get(key);
  if (!w) {
    if (windows.size >= 5000) windows.clear();
    w = deriveWindow(eligibility, today);
    windows.set(key, w);
  }
  return w;
}

/** The facts stored at finalize (migration 0007); null while the case is a draft. */
function finalizedUnder(row: CaseRow): FinalizedFacts | null {
  if (row.department_code === null || row.department_name === null || row.case_number_prefix === null) return null;
  return { department: { code: row.department_code, name: row.department_name }, caseNumberPrefix: row.case_number_prefix };
}

export function toView(row: CaseRow, amendments: readonly Amendment[], today: IsoDate): CaseView {
  const stored = JSON.parse(row.input) as CaseDraft;
  const input = amendments.reduce(applyAmendment, stored);
  return {
    id: row.id,
    status: row.status,
    caseNumber: row.case_number,
    submissionId: row.submission_id,
    input,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finalizedAt: row.finalized_at,
    finalizedBy: row.finalized_by,
    finalizedUnder: finalizedUnder(row),
    amendments,
    closure: row.closed_at ? { at: row.closed_at, by: row.closed_by ?? '', reason: row.closure_reason ?? '' } : null,
    purgedAt: row.purged_at,
    ...windowOf(input.eligibility, today),
  };
}
