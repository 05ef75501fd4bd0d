// The mail-form block of a correction notice (issue 13 §4): labelled lines for the desk's staff,
// then the signed notice as 検証コード. Like a request's block, the readable part travels unsigned
// through the form; the desk checks it against the signed payload.
import type { SalvageAmendmentPayload } from './amendment-schema';
import { VERIFICATION_CODE_LABEL } from './mail-form';

export const amendmentLabels = {
  title: 'クラウドデータ救出 申請の訂正(本人確認済み申請への訂正通知)',
  caseNumber: '受付番号',
  submissionId: '訂正する申請の申請ID',
  amendmentId: '訂正ID',
  department: '確認部局',
  field: '訂正項目',
  oldValue: '訂正前',
  newValue: '訂正後',
  reason: '訂正の理由',
  by: '訂正者',
  createdAt: '訂正日時',
} as const;

/** A value as one readable line: text as is, lists joined, anything else as JSON. */
export function amendmentValueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('、');
  return JSON.stringify(value);
}

export function amendmentLines(p: SalvageAmendmentPayload): string[] {
  const L = amendmentLabels;
  return [
    `${L.caseNumber}: ${p.caseNumber}`,
    `${L.submissionId}: ${p.submissionId}`,
    `${L.amendmentId}: ${p.amendmentId}`,
    `${L.department}: ${p.department.name} (${p.department.code})`,
    `${L.field}: ${p.field}`,
    `${L.oldValue}: ${amendmentValueText(p.oldValue)}`,
    `${L.newValue}: ${amendmentValueText(p.newValue)}`,
    `${L.reason}: ${p.reason.replace(/\n/g, '\n  ')}`,
    `${L.by}: ${p.by.name} (${p.by.role})`,
    `${L.createdAt}: ${p.createdAt}`,
  ];
}

export function amendmentMailFormText(payload: SalvageAmendmentPayload, jws: string): string {
  return [`【${amendmentLabels.title}】`, ...amendmentLines(payload), '', VERIFICATION_CODE_LABEL, jws, ''].join('\n');
}
