// The case list's summary of a case: the few input values the list shows (the applicant's name)
// or derives its columns from (the departure date and the expiry override, for the deadline),
// amendments applied. It is stored as JSON in `cases.summary` on every write of the input
// (create, autosave, finalize, amend), erased with the rest by retention, and kept with the
// list's other columns in a covering index (migration 0011): list() reads that index only, never
// the cases' full rows, so the first list after open neither decrypts nor parses every input.
import type { CaseStatus, CaseSummary } from '../../../src-shared/core-api';
import type { CaseDraft, IsoDate } from '../../../src-shared/domain';
import { windowOf } from './case-rows';

/** What `cases.summary` holds; every field is absent while not typed. */
interface StoredSummary {
  readonly name?: string;
  readonly departureDate?: string;
  readonly accountExpiryOverride?: string;
  /** When retention erased the case (its name is then gone). */
  readonly purgedAt?: string;
}

/** The summary of a case input (amendments already applied), as stored. */
export function summaryOf(draft: CaseDraft, purgedAt: string | null = null): string {
  const { name } = draft.applicant ?? {};
  const { departureDate, accountExpiryOverride } = draft.eligibility ?? {};
  const summary: StoredSummary = {
    ...(name === undefined ? {} : { name }),
    ...(departureDate === undefined ? {} : { departureDate }),
    ...(accountExpiryOverride === undefined ? {} : { accountExpiryOverride }),
    ...(purgedAt === null ? {} : { purgedAt }),
  };
  return JSON.stringify(summary);
}

/** A row of the list's covering index (case-sql.ts). */
export interface SummaryRow {
  readonly id: string;
  /** Derived, as CaseRow's. */
  readonly status: CaseStatus;
  readonly case_number: string | null;
  readonly updated_at: string;
  readonly summary: string;
}

function readSummary(json: string): StoredSummary {
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed !== null && typeof parsed === 'object' ? (parsed as StoredSummary) : {};
  } catch {
    return {};
  }
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function toSummary(row: SummaryRow, today: IsoDate): CaseSummary {
  const s = readSummary(row.summary);
  const departureDate = text(s.departureDate);
  const accountExpiryOverride = text(s.accountExpiryOverride);
  const eligibility = {
    ...(departureDate === undefined ? {} : { departureDate }),
    ...(accountExpiryOverride === undefined ? {} : { accountExpiryOverride }),
  } as CaseDraft['eligibility'];
  return {
    id: row.id,
    status: row.status,
    caseNumber: row.case_number,
    name: text(s.name) ?? '',
    updatedAt: row.updated_at,
    purgedAt: text(s.purgedAt) ?? null,
    ...windowOf(eligibility, today),
  };
}
