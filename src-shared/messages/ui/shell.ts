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
    ja: '在籍最終日。学籍記録で確認してください。2026-03-31、2026/3/31、20260331、令和8年3月31日、R8.3.31 のように入力できます。',
    en: 'The last day of enrollment. Check the academic record. Type it as 2026-03-31, 2026/3/31, 20260331, or in the era calendar as R8.3.31 (Reiwa 8).',
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
  // What the applicant is told when the case stops: honest about where they can go (seed page).
  // The counter route exists for those who cannot use the online identity service, so a script
  // names the online service only where it is really open to them.
  'route.instead.not-student': {
    ja: '窓口での本人確認は、離籍直前に学生として在籍していた方だけが対象です。それ以外の方がクラウドデータ救出を申請できるのは、在籍中に「UTokyo Account本人確認サービス」を事前連携していて、今もマイナンバーカードを持っている場合だけです(そのサービスから申請します)。どちらも満たさない場合、ほかに申請する方法はありません。制度についての質問は uteleconサポート窓口のメールフォームで受け付けています。',
    en: 'The counter check is only for people who were enrolled as students immediately before leaving. Anyone else can request a cloud data salvage only if they pre-linked the online UTokyo Account identity service while enrolled and still hold a My Number card (they apply there). If neither holds, there is no other way to apply. Questions about the scheme go to the utelecon support desk\u2019s mail form.',
  },
  'route.instead.wrong-faculty': {
    ja: '本人確認は、離籍直前まで所属していた学部・研究科等の学務・教務担当窓口が行います。その窓口に相談するよう伝えてください。ほかの部局の窓口(この窓口を含む)では受け付けられません。',
    en: 'The identity check is done by the academic affairs counter of the faculty or graduate school the applicant belonged to immediately before leaving. Tell them to consult that counter: no other department\u2019s counter (this one included) can take it.',
  },
  'route.instead.expired': {
    ja: '申請期限(UTokyo Account 失効から180日)を過ぎているため、クラウドデータ救出は利用できません。窓口からもオンラインからも申請できません。',
    en: 'The deadline (180 days after the UTokyo Account expired) has passed, so cloud data salvage is no longer available, neither at a counter nor online.',
  },
  'route.instead.account-active': {
    ja: 'UTokyo Account はまだ有効です。有効なうちに、申請者自身で「離籍時のデータのバックアップについて」のページの手順でバックアップを取るよう伝えてください。失効後に改めて必要になった場合は、失効日から180日以内にこの窓口へ相談できます。',
    en: 'The UTokyo Account is still valid. Tell the applicant to back up the data themselves while it is, following “Backing up your data when leaving”. If they still need it after the expiry, they can come to this counter within 180 days of it.',
  },
  'route.instead.all-used': {
    ja: 'ECCSクラウドメールとOneDriveのどちらも利用済みです。クラウドデータ救出は各サービス1回限りのため、これ以上申請できません。',
    en: 'Both ECCS Cloud Mail and OneDrive have already been used. Cloud data salvage is once per service, so no further request is possible.',
  },
  'route.instead.before-program': { ja: 'クラウドデータ救出の申請は2025年10月1日から受け付けています。その日以降に改めて来てもらうよう伝えてください。', en: 'Cloud data salvage applications are accepted from 1 October 2025. Ask the applicant to come again from that day.' },
} as const satisfies UiMessageTable;
