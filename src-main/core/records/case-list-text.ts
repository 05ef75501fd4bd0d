// The printed case list's own words; column names and statuses come from the screen's messages
// (src-shared/messages/ui.ts) so the paper says what the screen says.
import type { Language } from '../../../src-shared/core-api';

export interface CaseListText {
  readonly title: string;
  readonly shown: string;
  readonly all: string;
  readonly query: string;
  readonly countLabel: string;
  readonly count: (n: number) => string;
  readonly generated: string;
  readonly empty: string;
  readonly footer: string;
  readonly page: (x: number, y: number) => string;
}

const ja: CaseListText = {
  title: '案件一覧',
  shown: '表示した状態',
  all: 'すべて',
  query: '検索語',
  countLabel: '件数',
  count: (n) => `${n} 件`,
  generated: '印刷日時',
  empty: '該当する案件はありません。',
  footer: 'クラウドデータ救出 本人確認デスク 案件一覧(取扱注意)',
  page: (x, y) => `${x} / ${y} ページ`,
};

const en: CaseListText = {
  title: 'Case list',
  shown: 'Statuses shown',
  all: 'All',
  query: 'Search',
  countLabel: 'Cases',
  count: (n) => `${n} case${n === 1 ? '' : 's'}`,
  generated: 'Printed',
  empty: 'No matching cases.',
  footer: 'Cloud Data Salvage identity desk — case list (confidential)',
  page: (x, y) => `page ${x} / ${y}`,
};

export function caseListText(language: Language): CaseListText {
  return language === 'en' ? en : ja;
}
