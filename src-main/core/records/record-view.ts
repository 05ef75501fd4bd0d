// What one printed record shows: the locked case, the department, and the fingerprint, in plain
// values (the renderer translates codes and formats dates per language). The schema is also the
// renderer's last line of defence: it refuses any text that looks like a My Number.
import { z } from 'zod';
import {
  checklistItemIds, documentTypeIds, onlineServiceUnavailableReasons, serviceIds, verificationMethods, zodIssues,
} from '../../../src-shared/domain';
import { uuidSchema } from '../../../src-shared/formats';
import { CoreError } from '../errors';
import { myNumberFindings } from './guard';

const text = z.string().max(4000);
const person = z.object({ name: text, role: text });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a timestamp');

export const recordViewSchema = z.object({
  caseNumber: z.string().min(1).max(64),
  /** Null until the store gives the case one; the QR then carries null. */
  submissionId: uuidSchema.nullable(),
  /** Payload SHA-256 once queued, else the finalized case's canonical-JSON SHA-256 (canonical-json.ts). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  hashSource: z.enum(['payload', 'case']),
  department: z.object({ code: text, name: text }),
  finalizedAt: instant,
  finalizedBy: text,
  applicant: z.object({
    utokyoAccount: text,
    studentNumber: text,
    name: text,
    nameKana: text.optional(),
    facultyCode: text,
    contactEmail: text,
  }),
  eligibility: z.object({
    studentBeforeLeaving: z.boolean(),
    departureDate: isoDate,
    accountExpiry: isoDate,
    accountExpiryOverridden: z.boolean(),
    /** The override in words (computed → overridden, source, reason), per language. */
    expiryOverride: z.object({ ja: text, en: text }).optional(),
    deadline: isoDate,
    daysLeftAtVerification: z.number().int(),
    onlineServiceUnavailable: z.enum(onlineServiceUnavailableReasons),
    onlineServiceNote: text.optional(),
    priorUse: z.object({ 'eccs-mail': z.boolean(), onedrive: z.boolean() }),
  }),
  request: z.object({ services: z.array(z.enum(serviceIds)).min(1), reason: text }),
  verification: z.object({
    method: z.enum(verificationMethods),
    videoReason: text.optional(),
    documentType: z.enum(documentTypeIds),
    documentTypeOther: text.optional(),
    verifiedAt: instant,
    verifier: person,
    secondChecker: person.optional(),
    checklist: z.array(z.object({ id: z.enum(checklistItemIds), ok: z.boolean() })),
  }),
  amendments: z.array(z.object({ field: text, oldValue: z.unknown(), value: z.unknown(), reason: text, by: text, at: instant })),
  appVersion: text.optional(),
  rulesVersion: text.optional(),
}).superRefine((view, ctx) => {
  for (const path of myNumberFindings(view)) ctx.addIssue({ code: 'custom', path, message: 'mynumber.detected' });
});

export type RecordView = z.infer<typeof recordViewSchema>;

/** Validate a view (also used by renderRecordPdf itself): a My Number → CoreError('validation'). */
export function parseRecordView(candidate: unknown): RecordView {
  const parsed = recordViewSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issues = zodIssues(parsed.error).map((i) => ({ ...i, path: `record.${i.path}` }));
  const myNumber = issues.some((i) => i.code === 'mynumber.detected');
  throw new CoreError('validation', myNumber
    ? {
        ja: '記録にマイナンバー(個人番号)と思われる数字が含まれるため、作成を中止しました。該当の項目を訂正してください。',
        en: 'The record was not made because it contains what looks like a My Number. Amend the field named in the issues.',
      }
    : {
        ja: '記録の内容が不正なため、作成できません。',
        en: 'The record content is invalid, so no record was made.',
      }, issues);
}
