// Corrections (訂正) of a finalized case and their history.
// Each key holds its Japanese (default) and English text side by side; placeholders are {name}.
import type { UiMessageTable } from './table';

export const amendMessages = {
  'amend.title': { ja: '訂正の記録', en: 'Record a correction' },
  'amend.lead': { ja: '確定した内容は書き換えず、訂正として追記します(誰が・いつ・何を・なぜ)。訂正者として {name} さんの名前が残ります。', en: 'A finalized case is never overwritten: a correction is appended with who, when, what and why. It is recorded under your name, {name}.' },
  'amend.sent-note': { ja: 'この案件の署名付き申請は、すでに未送付の一覧に入っているか送付済みです。訂正しても、その申請の内容は変わりません。訂正したら、訂正内容を uteleconサポート窓口に連絡してください(確認記録は訂正を反映して印刷し直せます)。', en: 'The signed request for this case is already queued or delivered. An amendment does not change that request. After recording a correction, tell the utelecon support desk what was corrected (the record can be reprinted with the correction).' },
  'amend.field': { ja: '訂正する項目', en: 'Field to correct' },
  'amend.current': { ja: '現在の値', en: 'Current value' },
  'amend.value': { ja: '訂正後の値', en: 'Corrected value' },
  'amend.reason': { ja: '訂正の理由', en: 'Reason for the correction' },
  'amend.reason-hint': { ja: '例: 申請者からの申し出(氏名の漢字の誤記)。個人番号(マイナンバー)は書かないでください。', en: 'For example: reported by the applicant (wrong kanji in the name). Never write an individual number (My Number).' },
  'amend.submit': { ja: '訂正を記録する', en: 'Record the correction' },
  'amend.recorded': { ja: '訂正を記録しました(No. {n}: {field})。', en: 'Correction recorded (No. {n}: {field}).' },
  'amend.field-required': { ja: '訂正する項目を選んでください。', en: 'Choose the field to correct.' },
  'amend.reason-required': { ja: '訂正の理由を入力してください。', en: 'Enter the reason for the correction.' },
  'amend.unchanged': { ja: '訂正後の値が現在の値と同じです。正しい値を入力してください。', en: 'The corrected value is the same as the current value. Enter the right value.' },
  'amend.second-checker': { ja: '第二確認者', en: 'Second checker' },
  'amend.history': { ja: '訂正履歴', en: 'Amendment history' },
  'amend.history-empty': { ja: '訂正はまだありません。', en: 'No amendments yet.' },
  'amend.no': { ja: 'No. {n}', en: 'No. {n}' },
  'amend.at': { ja: '日時', en: 'Date and time' },
  'amend.by': { ja: '訂正者', en: 'Recorded by' },
  'amend.change': { ja: '訂正前 → 訂正後', en: 'Before → after' },
  'amend.why': { ja: '理由', en: 'Reason' },
} as const satisfies UiMessageTable;
