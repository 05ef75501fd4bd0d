// The 次にすること panel of a finalized case: record, hand-off, applicant's notice.
// Each key holds its Japanese (default) and English text side by side; placeholders are {name}.
import type { UiMessageTable } from './table';

export const nextStepsMessages = {
  'next.title': { ja: '次にすること', en: 'Next steps' },
  'next.print': { ja: '① 確認記録を印刷し、署名をもらう', en: '1. Print the record and have it signed' },
  'next.handoff.mail-form': { ja: '② メールフォームでサポート窓口へ送付する', en: '2. Send it to the support desk through the mail form' },
  'next.handoff.endpoint': { ja: '② サポート窓口へ送付する', en: '2. Send it to the support desk' },
  'next.notice': { ja: '③ 申請者控えを印刷して渡す', en: '3. Print the applicant’s notice and hand it over' },
  'next.done': { ja: '済み', en: 'Done' },
  'next.not-done': { ja: '未了', en: 'Not yet' },
} as const satisfies UiMessageTable;
