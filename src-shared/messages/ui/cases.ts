// The case list, its filters and the printed case list.
// Each key holds its Japanese (default) and English text side by side; placeholders are {name}.
import { STATE_WORDS, STATUS_LABELS } from '../status-labels';
import type { UiMessageTable } from './table';

export const casesMessages = {
  'cases.title': { ja: '案件一覧', en: 'Cases' },
  'cases.new': { ja: '新しい案件を始める', en: 'Start a new case' },
  'cases.filter': { ja: '表示する案件', en: 'Show cases' },
  'cases.filter.all': { ja: 'すべて', en: 'All' },
  'cases.filter.drafts': { ja: '下書き', en: 'Drafts' },
  'cases.search': { ja: '検索(氏名・UTokyo Account・案件番号)', en: 'Search (name, UTokyo Account, case number)' },
  'cases.empty': { ja: '該当する案件はありません。', en: 'No matching cases.' },
  'cases.col.number': { ja: '案件番号', en: 'Case number' },
  'cases.col.name': { ja: '氏名', en: 'Name' },
  'cases.col.status': { ja: '状態', en: 'Status' },
  'cases.col.deadline': { ja: '申請期限', en: 'Deadline' },
  'cases.col.updated': { ja: '更新', en: 'Updated' },
  'cases.no-number': { ja: '(下書き)', en: '(draft)' },
  'cases.no-name': { ja: '(氏名未入力)', en: '(no name yet)' },
  'cases.urgent': { ja: '至急', en: 'Urgent' },
  'cases.erased': { ja: '消去済み', en: 'Erased' },
  'records.print-notice': { ja: '申請者控えを印刷', en: 'Print the applicant\'s notice' },
  'records.notice-printed': { ja: '申請者控えを印刷しました。申請者にお渡しください。', en: 'The applicant\'s notice was printed. Hand it to the applicant.' },
  'records.print-list': { ja: '一覧を印刷', en: 'Print the list' },
  'records.list-printed': { ja: '表示中の案件一覧を印刷しました。', en: 'The case list as shown was printed.' },
  'records.print-cancelled': { ja: '印刷は取り消されました。', en: 'Printing was cancelled.' },
  // Entries built from the shared word tables (status-labels.ts).
  'cases.filter.ready': STATUS_LABELS.finalized,
  'cases.filter.outbox': STATE_WORDS.notYetSent,
  'cases.filter.delivered': STATE_WORDS.sent,
} as const satisfies UiMessageTable;
