// A correction notice (SPEC §4): a correction recorded after hand-off or delivery is
// signed with the department key as its own compact JWS, typ "salvage-amendment+jws", referring to
// the original submission. The desk verifies it with the same module as a request.
import { z } from 'zod';
import { tokyoTimestampSchema, uuidSchema } from '../formats';
import { AMENDMENT_REASON_MAX } from '../limits';

export const AMENDMENT_TYPE = 'salvage-amendment';
export const AMENDMENT_VERSION = 1;
/** The JWS `typ` header of a correction notice. */
export const AMENDMENT_JWS_TYP = 'salvage-amendment+jws';

const text = (max: number) => z.string().min(1).max(max);
/** A value as it appears in a payload: strings, numbers, booleans, lists and objects of them. */
const value: z.ZodType<unknown> = z.lazy(() => z.union([
  z.string().max(2000), z.number(), z.boolean(), z.null(), z.array(value).max(50), z.record(z.string().max(100), value),
]));

export const amendmentPayloadSchema = z.strictObject({
  type: z.literal(AMENDMENT_TYPE),
  version: z.literal(AMENDMENT_VERSION),
  /** Unique id of this notice (its Idempotency-Key). */
  amendmentId: uuidSchema,
  /** The submission the notice corrects. */
  submissionId: uuidSchema,
  caseNumber: text(64),
  createdAt: tokyoTimestampSchema,
  department: z.strictObject({ code: text(64), name: text(200) }),
  /** Payload path of the corrected member, e.g. "applicant.contactEmail". */
  field: text(200),
  oldValue: value,
  newValue: value,
  reason: text(AMENDMENT_REASON_MAX),
  by: z.strictObject({ name: text(200), role: text(200) }),
});

export type SalvageAmendmentPayload = z.infer<typeof amendmentPayloadSchema>;
