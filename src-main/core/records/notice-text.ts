// Every word of the applicant's notice (申請者控え, SPEC §5). It is printed in Japanese, the
// counter's language with applicants, whatever the staff's UI language; each heading and label
// carries its English in small type, so an international former student can find their way.
// The conditions are the seed page's own sentences (seeds/salvage-page.ja.txt), with Japanese
// punctuation: staff explained them at the counter, and the paper must say exactly the same.

export interface Glossed {
  readonly ja: string;
  readonly en: string;
}

export const noticeText = {
  title: 'クラウドデータ救出 申請者控え',
  titleEn: "Cloud Data Salvage — Applicant's copy",
  keep: 'この控えは、申請の内容と今後の流れを確認するためのものです。大切に保管してください。',
  keepEn: 'Please keep this copy: it shows what was requested for you and what happens next.',
  sections: {
    request: { ja: '受付内容', en: 'Your request' },
    next: { ja: 'これからの流れ', en: 'What happens next' },
    conditions: { ja: 'クラウドデータ救出の条件', en: 'Conditions' },
    contact: { ja: 'お問い合わせ', en: 'Questions' },
  },
  labels: {
    caseNumber: { ja: '案件番号', en: 'Case number' },
    counter: { ja: 'お問い合わせ先', en: 'Your counter (quote the case number)' },
    checkedOn: { ja: '本人確認日', en: 'Date of the identity check' },
    services: { ja: '申請したサービス', en: 'Services requested' },
    deadline: { ja: '申請期限', en: 'Application deadline' },
    contactEmail: { ja: '連絡先メールアドレス', en: 'Your contact e-mail' },
  },
  counterSuffix: '学務・教務担当窓口',
  deadlineNote: (expiry: string) => `(UTokyo Account 失効日 ${expiry}から180日)`,
  next: (backupPage: string) => [
    '本人確認の結果と申請内容は、受付部局からuteleconサポート窓口へ取り次ぎます。',
    '後日、uteleconサポート窓口から上記の連絡先メールアドレス宛に、クラウドデータ救出の許否について通知されます。',
    `許可された場合は、1週間以内に「離籍時のデータのバックアップについて」(${backupPage})の説明に沿って、データのバックアップ・転送設定などをしてください。`,
    '審査と連絡はuteleconサポート窓口が行います。受付窓口で結果を早めたり、許否を決めたりすることはできません。',
    '連絡先メールアドレスに誤りがあると、通知が届きません。誤りに気づいたら、すぐに受付窓口へ案件番号を添えてお知らせください。',
  ],
  conditions: [
    'クラウドデータ救出を利用できる回数は、ECCSクラウドメールとOneDriveそれぞれにつき1回限りです。両方の対象を同時に申請した場合は、その1回のみ利用可能です。',
    'アクセスできる期間は、1週間に限ります。この間に必要なバックアップや転送設定等を済ませてください。',
    'クラウドデータ救出の申請は必ず許可されるとは限りません。申請理由によってはお断りする可能性もありますので、ご了承ください。',
    'UTokyo Account失効後180日以内であっても、大学全体の保存容量の都合等により、一部または全部のデータを完全に削除し、提供できない状態にしてしまう場合があるので、ご注意ください。',
  ],
  contact: {
    phone: '電話',
    email: 'メール',
    hours: '受付時間',
    procedure: { ja: '制度・手続について', en: 'About the procedure' },
    procedureText: 'uteleconサポート窓口のメールフォーム(以後のやり取りはここから)',
    salvagePage: '出典・詳しい説明',
  },
  footerLabel: '申請者控え',
  page: (x: number, y: number) => `${x} / ${y} ページ`,
  subject: '申請者控え',
} as const;
