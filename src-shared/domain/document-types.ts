// Official photo ID accepted at the counter. The app records the type only, never a number.

export const documentTypeIds = [
  'drivers-license',
  'my-number-card',
  'passport',
  'residence-card',
  'special-permanent-resident-certificate',
  'disability-certificate',
  'other',
] as const;
export type DocumentTypeId = (typeof documentTypeIds)[number];

export interface DocumentType {
  readonly id: DocumentTypeId;
  readonly ja: string;
  readonly en: string;
  readonly note?: { readonly ja: string; readonly en: string };
}

export const documentTypes: readonly DocumentType[] = [
  { id: 'drivers-license', ja: '運転免許証', en: "Driver's licence" },
  {
    id: 'my-number-card',
    ja: 'マイナンバーカード(表面のみ)',
    en: 'My Number card (front side only)',
    note: {
      ja: '表面のみを確認します。裏面の個人番号は見ない・書き取らない・撮影しないでください。',
      en: 'Look at the front only. Never look at, write down or photograph the individual number on the back.',
    },
  },
  { id: 'passport', ja: 'パスポート', en: 'Passport' },
  { id: 'residence-card', ja: '在留カード', en: 'Residence card' },
  { id: 'special-permanent-resident-certificate', ja: '特別永住者証明書', en: 'Special permanent resident certificate' },
  { id: 'disability-certificate', ja: '身体障害者手帳等(写真付き)', en: 'Disability certificate with photo' },
  { id: 'other', ja: 'その他の公的な写真付き本人確認書類', en: 'Other official photo ID' },
];

export function documentTypeById(id: string): DocumentType | undefined {
  return documentTypes.find((d) => d.id === id);
}
