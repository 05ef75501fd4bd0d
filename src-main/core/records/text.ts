// Every word the record prints, in Japanese (default) and English. Domain names (services,
// checklist items, document types, faculties) come from src-shared/domain; only the form's own
// labels live here.
import type { Language } from '../../../src-shared/core-api';
import { METHOD_LABELS } from '../../../src-shared/messages/status-labels';

export interface RecordText {
  readonly title: string;
  readonly continued: string;
  readonly meta: { readonly caseNumber: string; readonly department: string; readonly issued: string; readonly verifiedAt: string };
  readonly noNumberNote: string;
  readonly qrCaption: string;
  readonly sections: {
    readonly applicant: string; readonly eligibility: string; readonly request: string; readonly check: string;
    readonly verifier: string; readonly signatures: string; readonly amendments: string;
  };
  readonly fields: Readonly<Record<string, string>>;
  readonly yes: string;
  readonly no: string;
  readonly none: string;
  readonly studentYes: string;
  readonly studentNo: string;
  readonly expiryDefault: string;
  readonly expiryOverride: string;
  readonly days: (n: number) => string;
  readonly priorUseNone: string;
  readonly priorUsed: string;
  readonly methods: { readonly 'in-person': string; readonly video: string };
  readonly checklistHead: { readonly result: string; readonly item: string };
  readonly ok: string;
  readonly notOk: string;
  readonly signature: { readonly verifier: string; readonly applicant: string; readonly sign: string; readonly date: string; readonly dateBlank: string; readonly applicantStatement: string };
  readonly amendHead: { readonly no: string; readonly when: string; readonly field: string; readonly change: string; readonly reason: string };
  readonly noAmendments: string;
  readonly footer: { readonly payload: string; readonly case: string; readonly page: (x: number, y: number) => string };
  readonly versions: string;
}

const ja: RecordText = {
  title: 'クラウドデータ救出 本人確認記録',
  continued: '(続き)',
  meta: { caseNumber: '案件番号', department: '受付部局', issued: '作成日', verifiedAt: '確認日時' },
  noNumberNote: '※ 本人確認書類の番号(個人番号を含む)は、確認・記録していません。',
  qrCaption: '照合用コード(申請ID・SHA-256)',
  sections: {
    applicant: '申請者', eligibility: '申請資格・申請期限', request: '申請内容', check: '本人確認',
    verifier: '確認者', signatures: '署名', amendments: '訂正履歴',
  },
  fields: {
    'applicant.name': '氏名',
    'applicant.nameKana': 'ふりがな',
    'applicant.utokyoAccount': 'UTokyo Account',
    'applicant.studentNumber': '学籍番号(離籍直前)',
    'applicant.facultyCode': '所属(離籍直前)',
    'applicant.contactEmail': '連絡先メールアドレス',
    'eligibility.studentBeforeLeaving': '離籍直前の身分',
    'eligibility.departureDate': '離籍日',
    'eligibility.accountExpiry': 'アカウント失効日',
    'eligibility.accountExpiryOverride': 'アカウント失効日(個別指定)',
    'eligibility.deadline': '申請期限',
    'eligibility.daysLeft': '確認時点の残り日数',
    'eligibility.onlineServiceUnavailable': 'オンライン本人確認を利用できない理由',
    'eligibility.onlineServiceNote': '同・補足',
    'eligibility.priorUse': '過去の利用(申告)',
    'request.services': '対象サービス',
    'request.reason': '申請理由',
    'verification.method': '確認方法',
    'verification.videoReason': '対面で確認できない理由',
    'verification.documentType': '本人確認書類の種類',
    'verification.documentTypeOther': '本人確認書類の名称',
    'verification.verifiedAt': '確認日時',
    'verification.verifier': '確認者(氏名・役職)',
    'verification.verifierName': '確認者氏名',
    'verification.verifierRole': '確認者役職',
    'verification.secondChecker': '第二確認者',
    'verification.finalizedBy': '確定操作者',
  },
  yes: 'はい',
  no: 'いいえ',
  none: 'なし',
  studentYes: '学生として在籍していた',
  studentNo: '学生として在籍していなかった',
  expiryDefault: '離籍月の翌月1日',
  expiryOverride: '個別に確認した失効日',
  days: (n) => (n >= 0 ? `${n}日` : `期限を${-n}日超過`),
  priorUseNone: 'いずれのサービスも利用したことはない',
  priorUsed: '利用したことがある',
  methods: { 'in-person': METHOD_LABELS['in-person'].ja, video: METHOD_LABELS.video.ja },
  checklistHead: { result: '結果', item: '確認項目' },
  ok: '✓',
  notOk: '×',
  signature: {
    verifier: '確認者', applicant: '申請者', sign: '署名', date: '日付', dateBlank: '年　　　月　　　日',
    applicantStatement: '上記の内容に相違ありません。',
  },
  amendHead: { no: 'No.', when: '日時・訂正者', field: '項目', change: '訂正前 → 訂正後', reason: '理由' },
  noAmendments: '訂正はありません。',
  footer: { payload: '申請データ SHA-256', case: '確定内容 SHA-256', page: (x, y) => `${x} / ${y} ページ` },
  versions: 'アプリ版・規則版',
};

const en: RecordText = {
  title: 'Cloud Data Salvage — Identity Verification Record',
  continued: '(continued)',
  meta: { caseNumber: 'Case number', department: 'Department', issued: 'Issued', verifiedAt: 'Verified at' },
  noNumberNote: '* No ID document number (including the My Number) was looked at or recorded.',
  qrCaption: 'Check code (submission ID, SHA-256)',
  sections: {
    applicant: 'Applicant', eligibility: 'Eligibility and deadline', request: 'Request', check: 'Identity check',
    verifier: 'Verifier', signatures: 'Signatures', amendments: 'Amendments',
  },
  fields: {
    'applicant.name': 'Name',
    'applicant.nameKana': 'Reading (kana)',
    'applicant.utokyoAccount': 'UTokyo Account',
    'applicant.studentNumber': 'Student number (before leaving)',
    'applicant.facultyCode': 'Faculty / graduate school (before leaving)',
    'applicant.contactEmail': 'Contact e-mail',
    'eligibility.studentBeforeLeaving': 'Status before leaving',
    'eligibility.departureDate': 'Departure date',
    'eligibility.accountExpiry': 'Account expiry',
    'eligibility.accountExpiryOverride': 'Account expiry (set by staff)',
    'eligibility.deadline': 'Deadline',
    'eligibility.daysLeft': 'Days left at verification',
    'eligibility.onlineServiceUnavailable': 'Why the online identity service cannot be used',
    'eligibility.onlineServiceNote': 'Note on that',
    'eligibility.priorUse': 'Used before (declared)',
    'request.services': 'Services',
    'request.reason': 'Reason',
    'verification.method': 'Method',
    'verification.videoReason': 'Why not in person',
    'verification.documentType': 'Photo ID type',
    'verification.documentTypeOther': 'Name of the photo ID',
    'verification.verifiedAt': 'Verified at',
    'verification.verifier': 'Verifier (name, role)',
    'verification.verifierName': 'Verifier name',
    'verification.verifierRole': 'Verifier role',
    'verification.secondChecker': 'Second checker',
    'verification.finalizedBy': 'Finalized by',
  },
  yes: 'Yes',
  no: 'No',
  none: 'None',
  studentYes: 'Enrolled as a student',
  studentNo: 'Not enrolled as a student',
  expiryDefault: '1st of the month after departure',
  expiryOverride: 'revocation date confirmed by staff',
  days: (n) => (n >= 0 ? `${n} day${n === 1 ? '' : 's'}` : `${-n} day${n === -1 ? '' : 's'} past the deadline`),
  priorUseNone: 'Neither service has been used before',
  priorUsed: 'used before',
  methods: { 'in-person': METHOD_LABELS['in-person'].en, video: METHOD_LABELS.video.en },
  checklistHead: { result: 'Result', item: 'Checklist item' },
  ok: '✓',
  notOk: '×',
  signature: {
    verifier: 'Verifier', applicant: 'Applicant', sign: 'Signature', date: 'Date', dateBlank: '',
    applicantStatement: 'I confirm that the above is correct.',
  },
  amendHead: { no: 'No.', when: 'When, by', field: 'Field', change: 'Before → after', reason: 'Reason' },
  noAmendments: 'No amendments.',
  footer: { payload: 'Payload SHA-256', case: 'Finalized case SHA-256', page: (x, y) => `page ${x} / ${y}` },
  versions: 'App / rules version',
};

export function recordText(language: Language): RecordText {
  return language === 'en' ? en : ja;
}
