// Every word of the record of a case closed as not verified (本人確認できず), in Japanese (default)
// and English. The record's own labels (fields, methods, marks) come from text.ts.
import type { Language } from '../../../src-shared/core-api';

export interface ClosureText {
  readonly title: string;
  readonly result: string;
  readonly resultText: string;
  readonly closedAt: string;
  readonly closedBy: string;
  readonly sections: { readonly applicant: string; readonly check: string; readonly reason: string; readonly signature: string };
  readonly applicantNote: string;
  readonly notChecked: string;
  readonly noChecklist: string;
  readonly footer: string;
}

const ja: ClosureText = {
  title: 'クラウドデータ救出 本人確認記録(本人確認できず)',
  result: '結果',
  resultText: '本人確認できず(申請は受け付けず、uteleconサポート窓口へは取り次いでいません)',
  closedAt: '記録日時',
  closedBy: '記録者',
  sections: { applicant: '来訪者(確認できた範囲)', check: '本人確認の方法と確認できた項目', reason: '本人確認できなかった理由', signature: '確認者署名' },
  applicantNote: '※ 申請者の申し出による情報です。本人であることは確認できていません。',
  notChecked: '—',
  noChecklist: '確認方法を選ぶ前に終了しました。',
  footer: '本人確認記録(本人確認できず)',
};

const en: ClosureText = {
  title: 'Cloud Data Salvage — Identity check record (not verified)',
  result: 'Result',
  resultText: 'Not verified (no request was taken; nothing was forwarded to the utelecon support desk)',
  closedAt: 'Recorded at',
  closedBy: 'Recorded by',
  sections: { applicant: 'The visitor (as far as stated)', check: 'How the identity was checked, and what was confirmed', reason: 'Why the identity could not be verified', signature: 'Verifier signature' },
  applicantNote: 'As stated by the applicant. It was NOT confirmed that they are this person.',
  notChecked: '—',
  noChecklist: 'Closed before a method was chosen.',
  footer: 'Identity check record (not verified)',
};

export function closureText(lang: Language): ClosureText {
  return lang === 'ja' ? ja : en;
}
