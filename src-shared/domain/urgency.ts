// One urgency rule for the screen and the printed case list (they must agree): a case still to
// act on whose deadline is 0–14 days away. A case that has left the counter (handed over,
// delivered) or was discarded is never urgent, nor one whose deadline has passed (it can no longer
// be finalized, so there is nothing to hurry). The table is a Record so a new status must decide.
import { URGENT_DAYS } from './dates';
import type { CaseStatus } from './evaluate';

const STILL_TO_ACT_ON: Readonly<Record<CaseStatus, boolean>> = {
  draft: true,
  finalized: true,
  'awaiting-hand-off': true,
  queued: true,
  sending: true,
  'needs-attention': true,
  'handed-over': false,
  'closed-not-verified': false,
  delivered: false,
  discarded: false,
};

export function isUrgent(c: { readonly daysLeft: number | null; readonly status: CaseStatus }): boolean {
  return c.daysLeft !== null && c.daysLeft >= 0 && c.daysLeft <= URGENT_DAYS && STILL_TO_ACT_ON[c.status];
}
