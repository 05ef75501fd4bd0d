// A correction as the core takes it (cases:amend-case, core.cases.amend): which member, the new
// value (and the value typed again where the field asks for it), why, and who. One schema for the
// IPC contract and the core; the correction form checks the same reason limit before sending.
import { z } from 'zod';
import { AMENDMENT_FIELD_MAX, AMENDMENT_REASON_MAX } from '../limits';
import type { CaseStatus } from './evaluate';

export const amendmentRequestSchema = z.object({
  field: z.string().min(1).max(AMENDMENT_FIELD_MAX).regex(/^[A-Za-z][\w-]*(\.[A-Za-z][\w-]*)*$/),
  value: z.unknown(),
  /** The value typed a second time, for the fields that require it (amendable-fields.ts). */
  valueConfirm: z.unknown().optional(),
  reason: z.string().trim().min(1).max(AMENDMENT_REASON_MAX),
});

/**
 * Whether a case in this status takes a correction: only once it is finalized (a draft is simply
 * edited) and not after it was discarded. A Record so that a new status must decide.
 */
const AMENDABLE: Readonly<Record<CaseStatus, boolean>> = {
  draft: false,
  discarded: false,
  'closed-not-verified': false, // nothing was requested: there is no request to correct
  finalized: true,
  'awaiting-hand-off': true,
  'handed-over': true,
  queued: true,
  sending: true,
  delivered: true,
  'needs-attention': true,
};

export function isAmendable(status: CaseStatus): boolean {
  return AMENDABLE[status];
}
