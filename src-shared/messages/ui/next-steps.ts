// The 次にすること panel of a finalized case: record, hand-off, applicant's notice.
// Each key holds its Japanese (default) and English text side by side; placeholders are {name}.
import type { UiMessageTable } from './table';

export const nextStepsMessages = {
  'next.title': { ja: '次にすること', en: 'Next steps' },
  'next.print': { ja: '① 確認記録を印刷し、署名をもらう', en: '1. Print the record and have it signed' },
  'next.handoff.mail-form': { ja: '② メールフォームで窓口へ引き渡す', en: '2. Hand it over to the desk through the mail form' },
  'next.handoff.endpoint': { ja: '② 窓口へ送信する', en: '2. Send it to the desk' },
  'next.notice': { ja: '③ 申請者控えを印刷して渡す', en: '3. Print the applicant’s notice and hand it over' },
  'next.done': { ja: '済み', en: 'Done' },
  'next.not-done': { ja: '未了', en: 'Not yet' },
} as const satisfies UiMessageTable;
