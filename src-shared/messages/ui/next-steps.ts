// The 次にすること panel of a finalized case: record, hand-off, applicant's notice, and after a
// correction its notice and the reprints.
// Each key holds its Japanese (default) and English text side by side; placeholders are {name}.
import type { UiMessageTable } from './table';

export const nextStepsMessages = {
  'next.title': { ja: '次にすること', en: 'Next steps' },
  'next.print': { ja: '① 確認記録を印刷し、署名をもらう', en: '1. Print the record and have it signed' },
  'next.handoff.mail-form': { ja: '② メールフォームでサポート窓口へ送付する', en: '2. Send it to the support desk through the mail form' },
  'next.handoff.endpoint': { ja: '② サポート窓口へ送付する', en: '2. Send it to the support desk' },
  'next.notice': { ja: '③ 申請者控えを印刷して渡す', en: '3. Print the applicant’s notice and hand it over' },
  'next.correction': { ja: '④ 訂正通知を引き渡す', en: '4. Hand over the correction notice' },
  'next.correction-lead': { ja: '訂正は署名付きの訂正通知として、申請とは別にサポート窓口へ送付します。申請がまだ未送付なら、申請を先に、続けて訂正通知を送付してください。', en: 'A correction reaches the desk as its own signed notice. If the request has not been handed over yet, hand over the request first, then the notice.' },
  'next.correction-item': { ja: '訂正 No. {seq}', en: 'Correction no. {seq}' },
  'next.reprint': { ja: '⑤ 訂正後の確認記録と申請者控えを印刷し直す', en: '5. Reprint the record and the applicant’s notice after the correction' },
  'next.reprint-lead': { ja: '訂正前に印刷した確認記録と申請者控えは、古い内容のままです。印刷し直して差し替えてください(確認記録の署名ももらい直します)。', en: 'The record and the applicant’s notice printed before the correction show the old value. Reprint them and replace the old copies (have the record signed again).' },
  'next.done': { ja: '済み', en: 'Done' },
  'next.not-done': { ja: '未了', en: 'Not yet' },
} as const satisfies UiMessageTable;
