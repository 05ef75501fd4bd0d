// The app shell: title, menu, header status, shared words (buttons, days left) and route titles.
// Each key holds its Japanese (default) and English text side by side; placeholders are {name}.
import { STATE_WORDS } from '../status-labels';
import type { UiMessageTable } from './table';

export const shellMessages = {
  'app.title': { ja: 'クラウドデータ救出 本人確認デスク', en: 'Cloud Data Salvage — Identity Check Desk' },
  'app.loading': { ja: '読み込み中…', en: 'Loading…' },
  'app.no-api': {
    ja: 'アプリの内部接続(window.salvageDesk)が見つかりません。アプリを再起動してください。',
    en: 'The app’s internal connection (window.salvageDesk) is missing. Please restart the app.',
  },
  'app.skip': { ja: '本文へ移動', en: 'Skip to main content' },
  'lang.switch': { ja: 'English', en: '日本語' },
  'nav.label': { ja: 'メインメニュー', en: 'Main menu' },
  'nav.cases': { ja: '案件一覧', en: 'Cases' },
  'nav.new': { ja: '新しい案件', en: 'New case' },
  'nav.outbox': { ja: STATE_WORDS.notYetSent.ja, en: STATE_WORDS.notYetSent.en },
  'nav.settings': { ja: '設定', en: 'Settings' },
  'nav.operator': { ja: '担当者: {name}', en: 'Operator: {name}' },
  'nav.switch-operator': { ja: '担当者を交代', en: 'Change operator' },
  'status.online': { ja: 'オンライン', en: 'Online' },
  'status.offline': { ja: 'オフライン', en: 'Offline' },
  'status.desk-unreachable': { ja: '送付先に接続できません', en: 'Desk unreachable' },
  'status.outbox': { ja: `${STATE_WORDS.notYetSent.ja} {count} 件`, en: `${STATE_WORDS.notYetSent.en}: {count}` },
  'status.attention': { ja: '要対応 {count} 件', en: '{count} need attention' },
  'error.core': { ja: 'エラー: {message}', en: 'Error: {message}' },
  'error.dismiss': { ja: '閉じる', en: 'Dismiss' },
  'common.yes': { ja: 'はい', en: 'Yes' },
  'common.no': { ja: 'いいえ', en: 'No' },
  'common.save': { ja: '保存', en: 'Save' },
  'common.cancel': { ja: 'キャンセル', en: 'Cancel' },
  'common.remove': { ja: '削除', en: 'Remove' },
  'common.optional': { ja: '(任意)', en: '(optional)' },
  'common.required': { ja: '(必須)', en: '(required)' },
  'common.days-left': { ja: '残り {days} 日', en: '{days} days left' },
  'common.days-over': { ja: '期限切れ({days} 日超過)', en: 'Expired ({days} days over)' },
  'common.none': { ja: 'なし', en: 'None' },
  'route.lead': {
    ja: '窓口での本人確認は、オンラインの「UTokyo Account本人確認サービス」を使えない場合の例外の手続きです。次の条件を両方満たす必要があります。',
    en: 'The counter check is the exception route for people who cannot use the online UTokyo Account identity service. Both conditions below must hold.',
  },
  'route.student': {
    ja: '離籍直前に、学生として東京大学に在籍していましたか?',
    en: 'Was the applicant enrolled as a student immediately before leaving the university?',
  },
  'route.online': { ja: 'UTokyo Account本人確認サービス(マイナンバーカード)を使えない理由', en: 'Why the online identity service (My Number card) cannot be used' },
  'route.online-note': { ja: '理由の内容', en: 'Describe the reason' },
  'route.departure': { ja: '離籍日(卒業・修了・退学などの日)', en: 'Departure date (graduation, completion, withdrawal, …)' },
  'route.departure-hint': {
    ja: '在籍最終日。学籍記録で確認してください。2026-03-31、2026/3/31、20260331 のように入力できます。',
    en: 'The last day of enrollment. Check the academic record. Type it as 2026-03-31, 2026/3/31 or 20260331.',
  },
  'route.expiry': { ja: 'UTokyo Account 失効日', en: 'UTokyo Account expiry' },
  'route.expiry-computed': { ja: '自動計算: {date}(離籍月の翌月1日)', en: 'Computed: {date} (the 1st of the month after departure)' },
  'route.expiry-override': { ja: '失効日が分かっている場合は上書き', en: 'Override with the known expiry date' },
  'route.expiry-override-hint': { ja: '空欄なら自動計算の日付を使います。', en: 'Leave empty to use the computed date.' },
  'route.deadline': { ja: '申請期限(失効日から180日)', en: 'Deadline (180 days after expiry)' },
  'route.no-date': { ja: '離籍日を入力すると計算されます', en: 'Enter the departure date to compute it' },
  'route.prior': { ja: '過去にクラウドデータ救出を利用したサービス(申請者の申告)', en: 'Services already salvaged before (as the applicant declares)' },
  'route.prior-used': { ja: '{service} を利用済み', en: '{service} already used' },
  'route.data-may-be-gone': {
    ja: '期限内でも、データがすでに削除されている場合があります。申請者にそのことを伝えてください。',
    en: 'Even within the deadline the data may already be deleted. Tell the applicant so.',
  },
  'route.instead.not-student': {
    ja: 'オンラインの「UTokyo Account本人確認サービス」(マイナンバーカードで本人確認)から申請するよう案内してください。',
    en: 'Refer the applicant to the online UTokyo Account identity service (identity check with the My Number card).',
  },
  'route.instead.expired': {
    ja: '申請期限を過ぎているため、救出はできません。今後は離籍前にバックアップを取るよう案内してください。',
    en: 'The deadline has passed, so no salvage is possible. Advise the applicant to back up before leaving in future.',
  },
  'route.instead.active': {
    ja: 'アカウントが有効なうちに、申請者自身で「離籍時のデータのバックアップについて」の手順でバックアップを取るよう案内してください。',
    en: 'While the account is still valid, the applicant can back up the data themselves following “Backing up your data when leaving”.',
  },
  'route.instead.all-used': {
    ja: '両方のサービスとも利用済みのため、これ以上申請できません。',
    en: 'Both services have already been used, so no further request is possible.',
  },
  'route.instead.before-program': { ja: '2025年10月1日以降に改めて申請するよう案内してください。', en: 'Ask the applicant to apply again from 1 October 2025.' },
} as const satisfies UiMessageTable;
