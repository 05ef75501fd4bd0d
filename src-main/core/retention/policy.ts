// When a case's personal data is erased (SPEC §3 Retention), for every status:
// - handed over, delivered, discarded, closed as not verified: `retentionDays` after that happened;
// - finalized and everything still on its way (queued, sending, awaiting hand-off, needs attention):
//   `retentionDays` after the case's deadline, when it can no longer be used;
// - drafts: 30 days after their deadline, or 180 days untouched when no deadline is known.
import { assertNever } from '../../../src-shared/assert-never';
import type { CaseDraft, CaseStatus } from '../../../src-shared/domain';
import { deriveWindow } from '../../../src-shared/domain';


export const DRAFT_AFTER_DEADLINE_DAYS = 30;
export const UNTOUCHED_DRAFT_DAYS = 180;
export const DAY_MS = 86_400_000;

export interface RetentionRow {
  readonly status: string;
  readonly input: string;
  readonly updated_at: string;
  readonly status_changed_at: string;
  readonly finalized_at: string | null;
  /** When this PC recorded the delivery of the case's request (outbox). */
  readonly delivered_at: string | null;
  /** When the hand-off of the case's request was recorded (outbox). */
  readonly handed_over_at?: string | null;
  readonly discarded_at: string | null;
}

/** The end of the deadline's day in Tokyo, in ms; null when the draft has no departure date yet. */
function deadlineEnd(input: string): number | null {
  let draft: unknown;
  try {
    draft = JSON.parse(input);
  } catch {
    return null;
  }
  if (draft === null || typeof draft !== 'object') return null; // unreadable: counted from the dates
  const { deadline } = deriveWindow((draft as CaseDraft).eligibility, '1970-01-01');
  return deadline ? Date.parse(`${deadline}T23:59:59.999+09:00`) : null;
}

const at = (iso: string | null, fallback: string): number => Date.parse(iso ?? fallback);

/** The moment after which the case is due for erasure. */
export function purgeDueAt(r: RetentionRow, retentionDays: number): number {
  const keep = retentionDays * DAY_MS;
  const status = r.status as CaseStatus;
  switch (status) {
    case 'delivered':
      return at(r.delivered_at, r.status_changed_at) + keep;
    case 'discarded':
      return at(r.discarded_at, r.status_changed_at) + keep;
    case 'closed-not-verified': // closed once and for all: kept like a discarded draft, from the closure
      return at(null, r.status_changed_at) + keep;
    case 'handed-over':
      return at(r.handed_over_at ?? null, r.status_changed_at) + keep;
    case 'finalized':
    case 'queued':
    case 'sending':
    case 'awaiting-hand-off':
    case 'needs-attention':
      return (deadlineEnd(r.input) ?? at(r.finalized_at, r.status_changed_at)) + keep;
    case 'draft': {
      const deadline = deadlineEnd(r.input);
      return deadline === null ? Date.parse(r.updated_at) + UNTOUCHED_DRAFT_DAYS * DAY_MS : deadline + DRAFT_AFTER_DEADLINE_DAYS * DAY_MS;
    }
    default:
      return assertNever(status, 'case status');
  }
}
