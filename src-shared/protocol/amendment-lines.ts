// The readable lines of a correction notice (typ salvage-amendment+jws), written into its mail-form
// block above the 検証コード and compared line by line by the desk's verifier, exactly like the
// lines of a request (mail-form.ts). One function writes them; the verifier derives its labels
// from what it writes, so a line added here is checked without further change.
import type { SalvageAmendmentPayload } from './amendment-schema';
import { fieldInWords } from './field-words';
import { CURRENT_BLOCK_VERSION, VERIFICATION_CODE_LABEL, caseNumberLabel, mailFormLabels, type BlockVersion } from './mail-form';

export const amendmentLabels = {
  title: 'クラウドデータ救出 申請の訂正(本人確認済み)',
  amendmentId: '訂正ID',
  field: '訂正した項目',
  oldValue: '訂正前',
  newValue: '訂正後',
  reason: '訂正の理由',
  by: '訂正者',
  createdAt: '訂正日時',
} as const;

/** A corrected value as text: strings as they are (continued lines indented), anything else as JSON. */
const shown = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v)).replace(/\n/g, '\n  ');

/** Block version 2 names the corrected field in words (連絡先メールアドレス); version 1 gave its payload path. */
export function amendmentLines(p: SalvageAmendmentPayload, version: BlockVersion = CURRENT_BLOCK_VERSION): string[] {
  const L = amendmentLabels;
  return [
    `${caseNumberLabel(version)}: ${p.caseNumber}`,
    `${mailFormLabels.submissionId}: ${p.submissionId}`,
    `${L.amendmentId}: ${p.amendmentId}`,
    `${mailFormLabels.department}: ${p.department.name} (${p.department.code})`,
    `${L.field}: ${version === 1 ? p.field : fieldInWords(p.field).ja}`,
    `${L.oldValue}: ${shown(p.oldValue)}`,
    `${L.newValue}: ${shown(p.newValue)}`,
    `${L.reason}: ${p.reason.replace(/\n/g, '\n  ')}`,
    `${L.by}: ${p.by.name} (${p.by.role})`,
    `${L.createdAt}: ${p.createdAt}`,
  ];
}

/** The block to paste into the desk's mail form for a correction notice. */
export function amendmentMailFormText(payload: SalvageAmendmentPayload, jws: string): string {
  return [`【${amendmentLabels.title}】`, ...amendmentLines(payload), '', VERIFICATION_CODE_LABEL, jws, ''].join('\n');
}
