// The two services a salvage can open, with the scope notes the applicant must hear.

export const serviceIds = ['eccs-mail', 'onedrive'] as const;
export type ServiceId = (typeof serviceIds)[number];

export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

export interface Service {
  readonly id: ServiceId;
  readonly name: Bilingual;
  readonly scope: readonly Bilingual[];
}

export const services: readonly Service[] = [
  {
    id: 'eccs-mail',
    name: { ja: 'ECCSクラウドメール(Google Workspace)', en: 'ECCS Cloud Mail (Google Workspace)' },
    scope: [
      { ja: 'Gmail・Googleドライブなど、Googleのシステム全般のデータにアクセスできます。', en: 'Access to the Google account data in general, such as Gmail and Google Drive.' },
      { ja: 'Gmailの転送設定の追加など、Googleアカウントでの操作もできます。', en: 'Google account operations such as adding a Gmail forwarding rule are possible.' },
      { ja: 'g.ecc.u-tokyo.ac.jp 以外のドメイン(メールホスティングサービス)のアドレスは対象外です。そのドメインの管理者に相談してください。', en: 'Addresses on domains other than g.ecc.u-tokyo.ac.jp (mail hosting service) are out of scope: consult that domain\u2019s administrator.' },
    ],
  },
  {
    id: 'onedrive',
    name: { ja: 'OneDrive(個人のOneDriveのファイルのみ)', en: 'OneDrive (files in the personal OneDrive only)' },
    scope: [
      { ja: 'Microsoftアカウントそのものではなく、個人のOneDriveに保存されたファイルのみを提供します。', en: 'Only the files saved in the personal OneDrive are provided, not the Microsoft account itself.' },
      { ja: '職員メール、Teams、Teamsチームドライブ、Microsoft Forms、Power Platform(Power Automate、Power Apps など)のデータは対象外です。', en: 'Staff mail, Teams, Teams drives, Microsoft Forms and Power Platform (Power Automate, Power Apps, …) data are out of scope.' },
    ],
  },
];

export function serviceById(id: ServiceId): Service {
  const s = services.find((x) => x.id === id);
  if (!s) throw new RangeError(`unknown service ${id}`);
  return s;
}

/** The conditions read to the applicant before the request (seed: その他の条件). */
export const conditions: readonly { readonly id: string; readonly text: Bilingual }[] = [
  { id: 'once-per-service', text: { ja: '利用できるのは、ECCSクラウドメールとOneDriveそれぞれにつき1回限りです。両方を同時に申請した場合は、その1回のみです。', en: 'Salvage can be used only once for each of ECCS Cloud Mail and OneDrive. Requesting both together uses that one chance for both.' } },
  { id: 'one-week', text: { ja: 'アクセスできる期間は、許可から1週間に限ります。その間にバックアップや転送設定を済ませてください。', en: 'Access lasts one week after approval. Finish the backup or forwarding within that week.' } },
  { id: 'may-be-refused', text: { ja: '申請は必ず許可されるとは限りません。理由によってはお断りすることがあります。', en: 'Approval is not guaranteed. The request may be refused depending on the reason.' } },
  { id: 'may-be-deleted', text: { ja: '失効後180日以内であっても、データの一部または全部がすでに削除されている場合があります。', en: 'Even within 180 days of expiry, some or all of the data may already have been deleted.' } },
  { id: 'contact-by-mail', text: { ja: '以後のやり取りは、uteleconサポート窓口から連絡先メールアドレス宛に行われます。', en: 'All further contact comes from the utelecon support desk to the contact e-mail address.' } },
];

/** Why the online My Number identity service cannot be used. */
export const onlineServiceUnavailableReasons = ['not-linked', 'no-card', 'other'] as const;
export type OnlineServiceUnavailableReason = (typeof onlineServiceUnavailableReasons)[number];

export const onlineServiceUnavailableLabels: Record<OnlineServiceUnavailableReason, Bilingual> = {
  'not-linked': { ja: '在籍中に本人確認サービスの事前連携をしていない', en: 'The identity service was not pre-linked while enrolled' },
  'no-card': { ja: 'マイナンバーカードを保有していない', en: 'The applicant has no My Number card' },
  other: { ja: 'その他(内容を記入)', en: 'Other (describe)' },
};

/** The seed's example of a concrete reason. */
export const reasonExample: Bilingual = {
  ja: '在学時の研究データの一部のバックアップに失敗しており、それが投稿論文の作成にあたって必要な根拠資料であるため',
  en: 'Part of my research data from my time as a student failed to back up, and it is evidence I need to write a paper I am submitting.',
};
