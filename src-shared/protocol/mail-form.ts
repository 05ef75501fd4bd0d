// Mail-form fallback (SPEC §4): the required items with Japanese labels, then the JWS as
// 検証コード. Staff paste the block into the desk's mail form; the desk runs the verifier on it,
// which finds the JWS inside the text (verify/find-jws.ts) and compares every labelled line written
// here with the signed payload (verify/block-compare.ts), so an edited line does not pass.
import { checklistItemById } from '../domain/checklist';
import { documentTypeById } from '../domain/document-types';
import { serviceById } from '../domain/services';
import type { SalvagePayload } from './payload-schema';

export const VERIFICATION_CODE_LABEL = '検証コード:';

export const mailFormLabels = {
  title: 'クラウドデータ救出 申請(本人確認済み)',
  caseNumber: '受付番号',
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

/** The labelled lines of a payload (no JWS); shared by the mail form and the verifier's output. */
export function payloadLines(p: SalvagePayload): string[] {
  const L = mailFormLabels;
  const v = p.verification;
  const lines = [
    `${L.caseNumber}: ${p.caseNumber}`,
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
