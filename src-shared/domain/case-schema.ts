// The case as staff type it. Two schemas share one shape:
// - `caseDraftSchema`: every field optional, types and length limits only, so a half-typed draft
//   always saves (nothing typed is lost) — except a My Number, which is never stored anywhere.
// - `caseInputSchema`: the complete case; every context-free rule runs in superRefine and reports
//   its stable issue code as the zod message (the UI and evaluateCase translate codes to ja/en).
import { z } from 'zod';
import { checklistItemIds } from './checklist';
import { documentTypeIds } from './document-types';
import { serviceIds, onlineServiceUnavailableReasons } from './services';
import { verificationMethods } from './checklist';
import { fieldIssues, myNumberIssues } from './field-rules';

export const LIMITS = {
  name: 100,
  nameKana: 100,
  reason: 2000,
  reasonMin: 20,
  shortText: 200,
  note: 500,
  email: 254,
  account: 40,
  studentNumber: 40,
} as const;

const text = (max: number) => z.string().max(max, { error: 'text.too-long' });
const isoDate = z.string().max(10, { error: 'date.format' });

const applicantShape = z.object({
  utokyoAccount: text(LIMITS.account),
  studentNumber: text(LIMITS.studentNumber),
  name: text(LIMITS.name),
  nameKana: text(LIMITS.nameKana).optional(),
  facultyCode: text(64),
  contactEmail: text(LIMITS.email),
  contactEmailConfirm: text(LIMITS.email),
});

const requestShape = z.object({
  services: z.array(z.enum(serviceIds)).max(2),
  reason: text(LIMITS.reason),
});

const priorUseShape = z.object({ 'eccs-mail': z.boolean(), onedrive: z.boolean() });

const eligibilityShape = z.object({
  studentBeforeLeaving: z.boolean(),
  departureDate: isoDate,
  accountExpiryOverride: isoDate.optional(),
  onlineServiceUnavailable: z.enum(onlineServiceUnavailableReasons),
  onlineServiceNote: text(LIMITS.note).optional(),
  priorUse: priorUseShape,
});

const personShape = z.object({ name: text(LIMITS.shortText), role: text(LIMITS.shortText) });

const verificationShape = z.object({
  method: z.enum(verificationMethods),
  videoReason: text(LIMITS.note).optional(),
  documentType: z.enum(documentTypeIds),
  documentTypeOther: text(LIMITS.shortText).optional(),
  verifierName: text(LIMITS.shortText),
  verifierRole: text(LIMITS.shortText),
  secondChecker: personShape.optional(),
  checklist: z.partialRecord(z.enum(checklistItemIds), z.boolean()),
});

const caseShape = z.object({
  applicant: applicantShape,
  request: requestShape,
  eligibility: eligibilityShape,
  verification: verificationShape,
});

export type CaseInput = z.infer<typeof caseShape>;

/** A draft: any subset of the case, at any depth. */
export const caseDraftShape = z.object({
  applicant: applicantShape.partial().optional(),
  request: requestShape.partial().optional(),
  eligibility: eligibilityShape.extend({ priorUse: priorUseShape.partial() }).partial().optional(),
  verification: verificationShape.extend({ secondChecker: personShape.partial().optional() }).partial().optional(),
});
export type CaseDraft = z.infer<typeof caseDraftShape>;

export const caseDraftSchema = caseDraftShape.superRefine((draft, ctx) => {
  for (const issue of myNumberIssues(draft)) ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.code });
});

export const caseInputSchema = caseShape.superRefine((input, ctx) => {
  for (const issue of fieldIssues(input)) {
    if (issue.severity === 'error') ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.code });
  }
});
