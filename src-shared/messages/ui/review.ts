// The review step before 確定 and the summary of a finalized case.
// Each key holds its Japanese (default) and English text side by side; placeholders are {name}.
import type { UiMessageTable } from './table';

export const reviewMessages = {
  'review.lead': { ja: '内容を確認してから確定します。確定すると変更できません(訂正は追記として記録されます)。', en: 'Check everything, then finalize. A finalized case is locked (corrections are appended as amendments).' },
  'review.locked': { ja: 'この案件は確定済みです(案件番号 {number})。内容は変更できません。誤りは下の「訂正の記録」で追記します。', en: 'This case is finalized (case number {number}) and locked. Record any mistake below under “Record a correction”.' },
  'review.errors': { ja: '確定できない理由', en: 'Why it cannot be finalized' },
  'review.warnings': { ja: '注意', en: 'Warnings' },
  'review.ok': { ja: 'すべての確認項目を満たしています。確定できます。', en: 'Every requirement is met. The case can be finalized.' },
  'review.edit': { ja: '修正する', en: 'Edit' },
  'review.finalize': { ja: '確定する', en: 'Finalize' },
  'review.finalized': { ja: '確定しました(案件番号 {number})。', en: 'Finalized (case number {number}).' },
  'review.print': { ja: '確認記録を印刷', en: 'Print the record' },
  'review.save-pdf': { ja: '確認記録を PDF で保存', en: 'Save the record as PDF' },
  'review.printed': { ja: '確認記録を出力しました。', en: 'The record was produced.' },
  'review.mail-form-text': { ja: 'メールフォームに貼り付ける文章', en: 'Text to paste into the mail form' },
  'review.copy-failed': { ja: '自動でコピーできませんでした。「もう一度コピー」を押すか、下の文章を選択してコピーしてください。', en: 'Could not copy automatically. Press “Copy again”, or select the text below and copy it.' },
  'review.copy-retry': { ja: 'もう一度コピー', en: 'Copy again' },
  'review.copy-retried': { ja: '文面をコピーしました。メールフォームに貼り付けてください。', en: 'The text was copied. Paste it into the mail form.' },
  'review.copy-by-hand-history': { ja: '手で選択してコピー(Ctrl+C)した文章はアプリが消去できず、OS のクリップボード履歴(Windows: Win+V)に残ることがあります。貼り付けたら、クリップボード履歴からこの文章を削除してください(Win+V で項目の「…」→「削除」)。', en: 'Text you select and copy yourself (Ctrl+C) cannot be cleared by the app and may stay in the OS clipboard history (Windows: Win+V). After pasting, delete it from the clipboard history (Win+V, the item’s “…”, Delete).' },
  'review.checked': { ja: '確認済み', en: 'confirmed' },
  'review.unchecked': { ja: '未確認', en: 'not confirmed' },
  'review.empty': { ja: '(未入力)', en: '(empty)' },
  'review.confirm-title': { ja: '確定してよいですか', en: 'Finalize now?' },
  'review.confirm-text': { ja: '確定すると取り消せません。内容は変更できなくなります(訂正は追記として記録されます)。上の内容を申請者と確かめましたか?', en: 'Finalizing cannot be undone: the case can no longer be changed (corrections are appended as amendments). Have you checked everything above with the applicant?' },
  'review.confirm-yes': { ja: 'はい、確定する', en: 'Yes, finalize' },
} as const satisfies UiMessageTable;
