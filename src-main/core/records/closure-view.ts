// What the record of a case closed as not verified (本人確認できず) shows: who came (as far as the
// counter got), how the identity was checked and what was confirmed before it failed, and why it
// failed. It has no request (nothing is handed off) and no QR code (nothing was signed). The schema
// is the renderer's last line of defence, like the record's: it refuses anything like a My Number.
import { z } from 'zod';
import type { CaseView } from '../../../src-shared/core-api';
import { checklistItemIds, documentTypeIds, identityChecklist, verificationMethods, zodIssues } from '../../../src-shared/domain';
import { CoreError } from '../errors';
import { myNumberFindings } from './guard';

const text = z.string().max(4000);
const instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a timestamp');

export const closureViewSchema = z.object({
  caseNumber: z.string().min(1).max(64),
  department: z.object({ code: text, name: text }),
  closedAt: instant,
  closedBy: text,
  reason: text.min(1),
  applicant: z.object({ name: text, utokyoAccount: text, studentNumber: text, facultyCode: text }),
  method: z.enum(verificationMethods).nullable(),
  documentType: z.enum(documentTypeIds).nullable(),
  documentTypeOther: text,
  verifier: z.object({ name: text, role: text }),
  /** The identity items as they were asked for this method and document, and which were confirmed. */
  checklist: z.array(z.object({ id: z.enum(checklistItemIds), ok: z.boolean() })),
  appVersion: text.optional(),
  rulesVersion: text.optional(),
}).superRefine((view, ctx) => {
  for (const path of myNumberFindings(view)) ctx.addIssue({ code: 'custom', path, message: 'mynumber.detected' });
});

export type ClosureView = z.infer<typeof closureViewSchema>;

function notClosed(): CoreError {
  return new CoreError('invalid-state', {
    ja: 'この案件は「本人確認できず」で終了していないため、この記録は作成できません。',
    en: 'This case was not closed as not verified, so this record cannot be made.',
  });
}

export function parseClosureView(candidate: unknown): ClosureView {
  const parsed = closureViewSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  throw new CoreError('validation', {
    ja: '記録の内容が不正なため(マイナンバーと思われる数字を含む場合を含む)、作成を中止しました。',
    en: 'The record content is invalid (possibly something like a My Number), so no record was made.',
  }, zodIssues(parsed.error).map((i) => ({ ...i, path: `record.${i.path}` })));
}

/** A closed case → its view; CoreError('invalid-state') for any other case or after the reason was erased. */
export function buildClosureView(c: CaseView, versions: { appVersion?: string; rulesVersion?: string } = {}): ClosureView {
  const closure = c.closure;
  if (c.status !== 'closed-not-verified' || !closure || !c.caseNumber || !c.finalizedUnder) throw notClosed();
  if (closure.reason === '') {
    throw new CoreError('invalid-state', {
      ja: 'この案件の個人情報は保存期間の経過により消去済みのため、記録は作成できません。',
      en: "This case's personal data was erased at the end of its retention period, so no record can be made.",
    });
  }
  const { applicant: a, verification: v } = c.input;
  const method = v?.method ?? null;
  const documentType = v?.documentType ?? null;
  return parseClosureView({
    caseNumber: c.caseNumber,
    department: { ...c.finalizedUnder.department },
    closedAt: closure.at,
    closedBy: closure.by,
    reason: closure.reason,
    applicant: { name: a?.name ?? '', utokyoAccount: a?.utokyoAccount ?? '', studentNumber: a?.studentNumber ?? '', facultyCode: a?.facultyCode ?? '' },
    method,
    documentType,
    documentTypeOther: documentType === 'other' ? v?.documentTypeOther ?? '' : '',
    verifier: { name: v?.verifierName ?? '', role: v?.verifierRole ?? '' },
    checklist: method ? identityChecklist(method, documentType ?? undefined).map((item) => ({ id: item.id, ok: v?.checklist?.[item.id] === true })) : [],
    appVersion: versions.appVersion,
    rulesVersion: versions.rulesVersion,
  });
}
