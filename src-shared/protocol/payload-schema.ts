// Submission protocol v1 (SPEC §4): the payload the department signs and the desk verifies.
// One schema for both sides, so the app can never send what the desk would refuse as invalid.
// Objects are strict: a v1 payload carries exactly these members and nothing else.
import { z } from 'zod';
import { checklistItemIds, verificationMethods } from '../domain/checklist';
import { isIsoDate } from '../domain/dates';
import { EMAIL_MAX, isEmailAddress } from '../domain/email-rule';
import { documentTypeIds } from '../domain/document-types';
import { expiryOverrideSources } from '../domain/expiry-override';
import { serviceIds } from '../domain/services';
import { studentNumberSchema, tokyoTimestampSchema, utokyoAccountSchema, uuidSchema } from '../formats';

export const PAYLOAD_TYPE = 'salvage-request';
export const PAYLOAD_VERSION = 1;
/** The JWS `typ` header of a v1 submission. */
export const JWS_TYP = 'salvage-request+jws';
export const JWS_ALG = 'EdDSA';
export const CONTENT_TYPE = 'application/jose';
/** Version of the counter rules (SPEC §2) the app checked the case against. */
export const RULES_VERSION = '2025-10-01.1';

const timestamp = tokyoTimestampSchema;
const date = z.string().refine(isIsoDate, { error: 'YYYY-MM-DD calendar date expected' });
const text = (max: number) => z.string().min(1).max(max);
const person = z.strictObject({ name: text(200), role: text(200) });

export const payloadSchema = z.strictObject({
  type: z.literal(PAYLOAD_TYPE),
  version: z.literal(PAYLOAD_VERSION),
  submissionId: uuidSchema,
  caseNumber: text(64),
  createdAt: timestamp,
  department: z.strictObject({ code: text(64), name: text(200) }),
  applicant: z.strictObject({
    utokyoAccount: utokyoAccountSchema,
    studentNumber: studentNumberSchema,
    name: text(100),
    nameKana: text(100).optional(),
    faculty: z.strictObject({ code: text(64), name: text(200) }),
    contactEmail: z.string().max(EMAIL_MAX).refine(isEmailAddress, { error: 'email.format' }),
  }),
  request: z.strictObject({
    services: z.array(z.enum(serviceIds)).min(1).max(2)
      .refine((s) => new Set(s).size === s.length, { error: 'services repeat' }),
    reason: text(2000),
  }),
  eligibility: z.strictObject({
    studentBeforeLeaving: z.boolean(),
    departureDate: date,
    accountExpiry: date,
    deadline: date,
    priorUse: z.strictObject({ 'eccs-mail': z.boolean(), onedrive: z.boolean() }),
    // Present only when staff overrode the computed expiry: the desk sees both dates.
    expiryOverride: z.strictObject({ computed: date, override: date, source: z.enum(expiryOverrideSources), reason: text(500) }).optional(),
  }),
  verification: z.strictObject({
    method: z.enum(verificationMethods),
    videoReason: text(500).optional(),
    documentType: z.enum(documentTypeIds),
    verifiedAt: timestamp,
    verifier: person,
    secondChecker: person.optional(),
    checklist: z.array(z.strictObject({ id: z.enum(checklistItemIds), ok: z.boolean() })).min(1).max(checklistItemIds.length),
  }),
  rulesVersion: text(64),
});

export type SalvagePayload = z.infer<typeof payloadSchema>;

/** The protected header of every v1 JWS, members in this order. */
export interface SalvageJwsHeader {
  readonly alg: typeof JWS_ALG;
  readonly kid: string;
  readonly typ: typeof JWS_TYP;
}
