// The shape of a case as staff type it: field types and length limits, the draft (any subset) and
// the autosave patch. The rules that check a complete case (field-rules.ts) read these types; the
// schemas that run those rules (case-schema.ts) build on these shapes, so the rules never import them.
import { z } from 'zod';
import { acknowledgementKeys } from './acknowledgements';
import { checklistItemIds } from './checklist';
import { expiryOverrideSources } from './expiry-override';
import { documentTypeIds } from './document-types';
import { serviceIds, onlineServiceUnavailableReasons } from './services';
import { verificationMethods } from './checklist';
import type { IssueCode } from '../messages/issues';

/** The fewest characters a reason may have (a complete case; a draft may be shorter). */
export const REASON_MIN_LENGTH = 20;

export const LIMITS = {
  name: 100,
  nameKana: 100,
  reason: 2000,
  reasonMin: REASON_MIN_LENGTH,
  shortText: 200,
  note: 500,
  email: 254,
  account: 40,
  studentNumber: 40,
} as const;

// Every zod message is an issue code, so the form (zodResolver) and evaluateCase translate all of
// them to ja/en. A missing value reports the field's own "required" code; a wrong type is input.invalid.
const fail = (required: IssueCode = 'input.invalid') => ({
  error: (iss: { input?: unknown }) => (iss.input === undefined ? required : 'input.invalid'),
});
const text = (max: number, required?: IssueCode) => z.string(fail(required)).max(max, { error: 'text.too-long' });
const isoDate = (code: IssueCode) => z.string(fail(code)).max(10, { error: code });
const bool = (required?: IssueCode) => z.boolean(fail(required));

const applicantShape = z.object({
  utokyoAccount: text(LIMITS.account, 'account.format'),
  studentNumber: text(LIMITS.studentNumber, 'student-number.format'),
  name: text(LIMITS.name, 'name.required'),
  nameKana: text(LIMITS.nameKana).optional(),
  facultyCode: text(64, 'faculty.unknown'),
  contactEmail: text(LIMITS.email, 'email.format'),
  contactEmailConfirm: text(LIMITS.email, 'email.mismatch'),
}, fail());

const requestShape = z.object({
  services: z.array(z.enum(serviceIds, fail()), fail('services.empty'))
    .max(2, { error: 'input.invalid' })
    .refine((s) => new Set(s).size === s.length, { error: 'input.invalid' }),
  reason: text(LIMITS.reason, 'reason.too-short'),
}, fail());

const priorUseShape = z.object({ 'eccs-mail': bool('prior-use.required'), onedrive: bool('prior-use.required') }, fail('prior-use.required'));

const eligibilityShape = z.object({
  studentBeforeLeaving: bool('eligibility.student-required'),
  departureDate: isoDate('departure.format'),
  accountExpiryOverride: isoDate('expiry.format').optional(),
  accountExpiryOverrideSource: z.enum(expiryOverrideSources, fail('expiry.override-source-required')).optional(),
  accountExpiryOverrideReason: text(LIMITS.note).optional(),
  onlineServiceUnavailable: z.enum(onlineServiceUnavailableReasons, fail('online.reason-required')),
  onlineServiceNote: text(LIMITS.note).optional(),
  priorUse: priorUseShape,
}, fail());

const personShape = z.object({
  name: text(LIMITS.shortText, 'second-checker.incomplete'),
  role: text(LIMITS.shortText, 'second-checker.incomplete'),
}, fail());

const verificationShape = z.object({
  method: z.enum(verificationMethods, fail('method.required')),
  videoReason: text(LIMITS.note).optional(),
  documentType: z.enum(documentTypeIds, fail('document.required')),
  documentTypeOther: text(LIMITS.shortText).optional(),
  verifierName: text(LIMITS.shortText, 'verifier.required'),
  verifierRole: text(LIMITS.shortText, 'verifier.required'),
  secondChecker: personShape.optional(),
  checklist: z.partialRecord(z.enum(checklistItemIds, fail()), bool(), fail()),
}, fail());

// Warnings acknowledged by staff (acknowledgements.ts): true once ticked.
const acknowledgementsShape = z.partialRecord(z.enum(acknowledgementKeys, fail()), bool(), fail());

export const caseShape = z.object({
  applicant: applicantShape,
  request: requestShape,
  eligibility: eligibilityShape,
  verification: verificationShape,
  acknowledgements: acknowledgementsShape.optional(),
}, fail());

export type CaseInput = z.infer<typeof caseShape>;

/** A draft: any subset of the case, at any depth. */
export const caseDraftShape = z.object({
  applicant: applicantShape.partial().optional(),
  request: requestShape.partial().optional(),
  eligibility: eligibilityShape.extend({ priorUse: priorUseShape.partial() }).partial().optional(),
  verification: verificationShape.extend({ secondChecker: personShape.partial().optional() }).partial().optional(),
  acknowledgements: acknowledgementsShape.optional(),
}, fail());
export type CaseDraft = z.infer<typeof caseDraftShape>;

// An autosave patch (JSON Merge Patch, RFC 7396, as core.cases.update applies it): any subset of
// the draft, where `null` at a key removes that field (nameKana emptied, the expiry override or the
// second checker taken out). The core validates the merged draft with caseDraftSchema afterwards.
type Removable<S extends z.ZodRawShape> = { [K in keyof S]: z.ZodOptional<z.ZodNullable<S[K]>> };
function removableFields<S extends z.ZodRawShape>(shape: S): z.ZodObject<Removable<S>> {
  const fields = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, z.nullable(field).optional()]));
  return z.object(fields, fail()) as unknown as z.ZodObject<Removable<S>>;
}

export const caseDraftPatchShape = removableFields({
  applicant: removableFields(applicantShape.shape),
  request: removableFields(requestShape.shape),
  eligibility: removableFields({ ...eligibilityShape.shape, priorUse: removableFields(priorUseShape.shape) }),
  verification: removableFields({
    ...verificationShape.shape,
    secondChecker: removableFields(personShape.shape),
    checklist: z.partialRecord(z.enum(checklistItemIds, fail()), bool().nullable(), fail()),
  }),
  acknowledgements: z.partialRecord(z.enum(acknowledgementKeys, fail()), bool().nullable(), fail()),
});
export type CaseDraftPatch = z.infer<typeof caseDraftPatchShape>;

