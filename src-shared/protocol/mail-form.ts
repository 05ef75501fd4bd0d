// Mail-form fallback (SPEC §4): the required items with Japanese labels, then the JWS as
// 検証コード. Staff paste the block into the desk's mail form; the desk runs the verifier on it,
// which finds the JWS inside the text (verify/find-jws.ts), renders the block from the signed
// payload with these same functions and compares the pasted block with it as a whole
// (verify/block-compare.ts), so an edited, added or missing line does not pass.
//
// Block versions: 2 (current) names the case number 案件番号; 1 named it 受付番号 (a word the
// hand-off form uses for the desk's own auto-reply number). The verifier accepts both.
import { checklistItemById } from '../domain/checklist';
import { documentTypeById } from '../domain/document-types';
import { expiryOverrideSourceLabels } from '../domain/expiry-override';
import { serviceById } from '../domain/services';
import type { SalvagePayload } from './payload-schema';

export const VERIFICATION_CODE_LABEL = '検証コード:';

export const BLOCK_VERSIONS = [2, 1] as const;
export type BlockVersion = (typeof BLOCK_VERSIONS)[number];
export const CURRENT_BLOCK_VERSION: BlockVersion = 2;
/** The case-number label of block version 1. */
export const CASE_NUMBER_LABEL_V1 = '受付番号';

export const mailFormLabels = {
  title: 'クラウドデータ救出 申請(本人確認済み)',
  caseNumber: '案件番号',
  submissionId: '申請ID',
  department: '確認部局',
  utokyoAccount: 'UTokyo Account',
  studentNumber: '学籍番号(離籍直前)',
  name: '氏名',
  nameKana: '氏名(よみ)',
  faculty: '学部・研究科等(離籍直前)',
  services: 'サービス',
  reason: '理由',
  contactEmail: '連絡先メールアドレス',
  departureDate: '離籍日',
  accountExpiry: 'UTokyo Account 失効日',
  expiryComputed: '失効日(自動計算)',
  expiryOverrideSource: '失効日上書きの根拠',
  expiryOverrideReason: '失効日上書きの理由',
  deadline: '申請期限',
  method: '本人確認の方法',
  videoReason: 'オンラインで確認した理由',
  documentType: '本人確認書類の種類',
  verifiedAt: '確認日時',
  verifier: '確認者',
  secondChecker: '第二確認者',
  checklist: '確認項目',
  rulesVersion: 'ルール版',
} as const;

const methodLabel = { 'in-person': '対面', video: 'オンライン(ビデオ通話)' } as const;

/** The case number's label in a block of that version. */
export const caseNumberLabel = (version: BlockVersion): string => (version === 1 ? CASE_NUMBER_LABEL_V1 : mailFormLabels.caseNumber);

/** An overridden expiry shows the computed date, the source and the reason beside it. */
function overrideLines(o: SalvagePayload['eligibility']['expiryOverride']): string[] {
  if (!o) return [];
  const L = mailFormLabels;
  return [
    `${L.expiryComputed}: ${o.computed}`,
    `${L.expiryOverrideSource}: ${expiryOverrideSourceLabels[o.source].ja}`,
    `${L.expiryOverrideReason}: ${o.reason.replace(/\n/g, '\n  ')}`,
  ];
}

/** The labelled lines of a payload (no JWS); shared by the mail form and the verifier's output. */
export function payloadLines(p: SalvagePayload, version: BlockVersion = CURRENT_BLOCK_VERSION): string[] {
  const L = mailFormLabels;
  const v = p.verification;
  const lines = [
    `${caseNumberLabel(version)}: ${p.caseNumber}`,
    `${L.submissionId}: ${p.submissionId}`,
    `${L.department}: ${p.department.name} (${p.department.code})`,
    `${L.utokyoAccount}: ${p.applicant.utokyoAccount}`,
    `${L.studentNumber}: ${p.applicant.studentNumber}`,
    `${L.name}: ${p.applicant.name}`,
    ...(p.applicant.nameKana ? [`${L.nameKana}: ${p.applicant.nameKana}`] : []),
    `${L.faculty}: ${p.applicant.faculty.name} (${p.applicant.faculty.code})`,
    `${L.services}: ${p.request.services.map((s) => serviceById(s).name.ja).join('、')}`,
    `${L.reason}: ${p.request.reason.replace(/\n/g, '\n  ')}`,
    `${L.contactEmail}: ${p.applicant.contactEmail}`,
    `${L.departureDate}: ${p.eligibility.departureDate}`,
    `${L.accountExpiry}: ${p.eligibility.accountExpiry}`,
    ...overrideLines(p.eligibility.expiryOverride),
    `${L.deadline}: ${p.eligibility.deadline}`,
    `${L.method}: ${methodLabel[v.method]}`,
    ...(v.videoReason ? [`${L.videoReason}: ${v.videoReason}`] : []),
    `${L.documentType}: ${documentTypeById(v.documentType)?.ja ?? v.documentType}`,
    `${L.verifiedAt}: ${v.verifiedAt}`,
    `${L.verifier}: ${v.verifier.name} (${v.verifier.role})`,
    ...(v.secondChecker ? [`${L.secondChecker}: ${v.secondChecker.name} (${v.secondChecker.role})`] : []),
    `${L.checklist}:`,
    ...v.checklist.map((c) => `  [${c.ok ? 'x' : ' '}] ${checklistItemById(c.id)?.ja ?? c.id}`),
    `${L.rulesVersion}: ${p.rulesVersion}`,
  ];
  return lines;
}

/** The block to paste into the desk's mail form. */
export function mailFormText(payload: SalvagePayload, jws: string): string {
  return [
    `【${mailFormLabels.title}】`,
    ...payloadLines(payload),
    '',
    VERIFICATION_CODE_LABEL,
    jws,
    '',
  ].join('\n');
}
