// Where personal data goes, shown on the Settings screen and the hand-off step: destinations other
// than the desk's own (confirmed, or proposed and waiting), why a form opens without prefilled
// answers, which personal fields a prefill template puts into the link, and what IT must fix when
// the machine-wide profile was not applied. Japanese (default) and English side by side.
import type { UiMessageTable } from './table';

export const destinationsMessages = {
  'destination.other': { ja: '送付先が既定と異なります: {host}', en: 'The destination differs from the default: {host}' },
  'destination.proposed': { ja: '確認されていない送付先(使われていません): {host}。「送付先」を保存し直すと、確認を求められます。', en: 'Unconfirmed destination (not used): {host}. Save the delivery settings again to be asked to confirm it.' },
  'destination.confirm-title': { ja: '送付先の確認', en: 'Confirm the destination' },
  'destination.confirm-lead': { ja: '申請内容(氏名・UTokyo Account・学籍番号・連絡先などの個人情報)を、次の送付先へ送るようになります。サポート窓口から案内された送付先で間違いない場合だけ確認してください。', en: 'Requests (with personal data: name, UTokyo Account, student number, contact) will go to the destination below. Confirm only if the support desk told you to use it.' },
  'destination.confirm': { ja: 'この送付先を確認して保存する', en: 'Confirm this destination and save' },
  'destination.cancel': { ja: 'やめる(保存しない)', en: 'Cancel (do not save)' },
  'destination.cancelled': { ja: '保存していません。入力した内容はそのままです。', en: 'Not saved. What you typed is still there.' },
  'plain-form.form-id-unknown': { ja: '事前入力ができませんでした: サポート窓口のフォームを確認できません(ネットワークを確認してください)。申請の文面を貼り付けてください。', en: 'Not prefilled: the support desk\u2019s form could not be checked (check the network). Paste the request text.' },
  'plain-form.form-id-mismatch': { ja: '事前入力していません: 設定の事前入力リンクのひな形が、サポート窓口の公式フォームのものではありません。申請の文面を貼り付けてください。ひな形は窓口に確かめてください。', en: 'Not prefilled: the prefilled-link template in Settings is not for the support desk\u2019s official form. Paste the request text, and check the template with the desk.' },
  'plain-form.mail-form-unconfirmed': { ja: '設定のメールフォームのリンクが確認されていないため、サポート窓口の公式フォームを開きました。申請の文面を貼り付けてください。', en: 'The mail-form link in Settings is not confirmed, so the support desk\u2019s official form opened. Paste the request text.' },
  'plain-form.too-long': { ja: '申請の文面が長くリンクに入りきらないため、事前入力していません。文面を貼り付けてください。', en: 'The request is too long for a prefilled link. Paste the request text.' },
  'prefill.fields': { ja: 'このひな形がリンクに入れる個人情報: {fields}', en: 'Personal data this template puts into the link: {fields}' },
  'prefill.fields-separator': { ja: '、', en: ', ' },
  'prefill.fields-none': { ja: 'このひな形は個人情報をリンクに入れません。', en: 'This template puts no personal data into the link.' },
  'prefill.history': { ja: '事前入力したリンクはブラウザーの履歴に残ります(同期していればクラウドにも)。共用の端末では同期しないブラウザーを使い、履歴を毎日消してください。', en: 'Prefilled links stay in the browser\u2019s history (and in the cloud when the browser syncs). On a shared PC use a browser without sync and clear its history daily.' },
  'prefill.field.applicantName': { ja: '氏名', en: 'name' },
  'prefill.field.utokyoAccount': { ja: 'UTokyo Account', en: 'UTokyo Account' },
  'prefill.field.studentNumber': { ja: '学籍番号', en: 'student number' },
  'prefill.field.faculty': { ja: '学部・研究科等', en: 'faculty' },
  'prefill.field.services': { ja: 'サービス', en: 'services' },
  'prefill.field.reason': { ja: '理由', en: 'reason' },
  'prefill.field.contactEmail': { ja: '連絡先メールアドレス', en: 'contact e-mail' },
  'prefill.field.requestText': { ja: '申請の文面全体(上記すべてを含む)', en: 'the whole request text (all of the above)' },
  'prefill.field.staffName': { ja: '担当者の氏名', en: 'staff name' },
  'machine-profile.title': { ja: '端末共通の設定ファイルを適用していません(情報システム担当の方へ)', en: 'The machine-wide settings file was not applied (for IT)' },
  'machine-profile.path': { ja: 'ファイル: {path}', en: 'File: {path}' },
  'machine-profile.link': { ja: '{target}がリンク(シンボリックリンク・ジャンクションなどの再解析ポイント)で、別の場所を指しています。管理者がリンクだけを削除し(Windows: rmdir または del、Linux・macOS: sudo rm。リンク先は消えません)、本物のフォルダーを作ってファイルそのものを置いてください。', en: 'The {target} is a link (a symbolic link, junction or other reparse point) to somewhere else. As an administrator, remove the link only (Windows: rmdir or del; Linux, macOS: sudo rm; its target stays), create a real folder and place the file itself in it.' },
  'machine-profile.owner-not-admin': { ja: '{target}の所有者が管理者ではありません。所有者を管理者にしてください(Linux・macOS: sudo chown root:root <パス>、Windows: icacls <パス> /setowner *S-1-5-32-544)。', en: 'The {target} is not owned by an administrator. Make an administrator its owner (Linux, macOS: sudo chown root:root <path>; Windows: icacls <path> /setowner *S-1-5-32-544).' },
  'machine-profile.group-or-other-write': { ja: '{target}に管理者以外も書き込めます。グループとその他の書き込みを外してください(例: chmod go-w)。', en: 'Others than administrators may write the {target}. Remove group and other write (e.g. chmod go-w).' },
  'machine-profile.acl-non-admin-write': { ja: '{target}に管理者以外が書き込めます({principals})。SYSTEM と Administrators だけが変更でき、Users は読み取りだけになるよう、継承を止めて権限を設定し直してください(README の icacls の例を参照)。', en: 'Others than administrators may change the {target} ({principals}). Stop inheritance and let only SYSTEM and Administrators change it, Users read only (see the icacls example in the README).' },
  'machine-profile.check-failed': { ja: '{target}の権限を確認できませんでした。ファイルとフォルダーがあり、権限を読めるか確かめてください。', en: 'The permissions of the {target} could not be checked. Make sure the file and its folder exist and their permissions can be read.' },
  'machine-profile.refused': { ja: '設定ファイルに誤りがあるため適用していません(監査記録に項目名があります)。書き出し直した設定ファイルを置いてください。', en: 'The settings file has errors, so it was not applied (the audit trail names the fields). Place a freshly exported file.' },
  'machine-profile.target.file': { ja: '設定ファイル', en: 'settings file' },
  'machine-profile.target.folder': { ja: '設定ファイルのフォルダー', en: 'settings file\u2019s folder' },
} as const satisfies UiMessageTable;
