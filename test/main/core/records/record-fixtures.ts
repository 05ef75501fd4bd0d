// Record test data: a finalized CaseView built from the shared completeCase() fixture, the
// department's settings, and a long case that must flow onto a second page.
import type { Amendment, CaseView, Settings } from '../../../../src-shared/core-api';
import { deriveWindow } from '../../../../src-shared/domain';
import { buildRecordView } from '../../../../src-main/core/records/build-view';
import type { RecordView } from '../../../../src-main/core/records/record-view';
import { completeCase } from '../../../support/fixtures';

export const SUBMISSION_ID = '5f0c1a2e-8b3d-4c6e-9a7f-1b2c3d4e5f60';
export const SHA256 = 'a3f1c9e07b5d2846f0e1d3c5b7a9081726354a5b6c7d8e9f0a1b2c3d4e5f6071';
export const FINALIZED_AT = '2026-04-10T05:05:00.000Z'; // 14:05 JST

export function settingsFixture(language: 'ja' | 'en' = 'ja'): Settings {
  return {
    department: { code: 'engineering', name: '工学部・工学系研究科 学務課' },
    staff: [{ name: '窓口 太郎', role: '学務係' }],
    deliveryChannel: 'endpoint',
    mailFormUrl: 'https://forms.gle/ASFmXTbgNwncrWL28',
    mailFormPrefillTemplate: null,
    endpointUrl: null,
    language,
    retentionDays: 365,
  };
}

export function finalizedCase(overrides: { method?: 'in-person' | 'video'; input?: CaseView['input']; amendments?: Amendment[] } = {}): CaseView {
  const input = overrides.input ?? completeCase({ method: overrides.method });
  const w = deriveWindow(input.eligibility, '2026-04-10');
  return {
    id: 'case-1',
    status: 'finalized',
    caseNumber: 'ENG-2026-0042',
    submissionId: SUBMISSION_ID,
    input,
    createdAt: '2026-04-10T04:30:00.000Z',
    updatedAt: FINALIZED_AT,
    finalizedAt: FINALIZED_AT,
    finalizedBy: '窓口 太郎',
    finalizedUnder: { department: { ...settingsFixture().department }, caseNumberPrefix: 'ENG' },
    amendments: overrides.amendments ?? [],
    accountExpiry: w.accountExpiry,
    deadline: w.deadline,
    daysLeft: w.daysLeft,
  };
}

export function recordViewFixture(c: CaseView = finalizedCase()): RecordView {
  return buildRecordView(c, { sha256: SHA256, hashSource: 'payload' }, { appVersion: '0.1.0', rulesVersion: '2025-10' });
}

const LONG_REASON_UNIT = '在学時に取得した実験データと解析スクリプトの一部をバックアップし損ねており、現在投稿中の論文の査読者から再解析を求められているため、その根拠資料として必要です。';

/** A reason at the schema maximum (2000 characters). */
export function longReason(max = 2000): string {
  let s = '';
  while (s.length + LONG_REASON_UNIT.length <= max) s += LONG_REASON_UNIT;
  return s + 'あ'.repeat(max - s.length);
}

/** Ten amendments with long old/new values and reasons. */
export function tenAmendments(): Amendment[] {
  return Array.from({ length: 10 }, (_, i) => ({
    field: i % 2 === 0 ? 'applicant.contactEmail' : 'applicant.name',
    oldValue: i % 2 === 0 ? `hanako.todai.${i}@example.com` : `東大 花子${i}`,
    value: i % 2 === 0 ? `hanako.todai.corrected.address.${i}@example-university-alumni.example.org` : `東大 花子(旧姓 本郷)${i}`,
    reason: `申請者から訂正の申し出があり、本人確認書類と学籍記録で確認したため(${i + 1}件目)。`,
    by: '窓口 太郎',
    at: `2026-04-${String(11 + i).padStart(2, '0')}T01:${String(10 + i).padStart(2, '0')}:00.000Z`,
  }));
}
