// Shared test data: a complete, valid in-person case (departure 2026-03-31, deadline 2026-09-28).
import type { CaseInput } from '../../src-shared/domain';

export function completeCase(overrides: { method?: 'in-person' | 'video' } = {}): CaseInput {
  const method = overrides.method ?? 'in-person';
  const common = {
    'photo-matches': true, 'name-matches-record': true, 'dob-matches-record': true, 'id-valid': true,
    'record-confirms-student': true, 'conditions-explained': true, 'consent-forwarding': true,
  } as const;
  const video = { 'video-in-view': true, 'video-id-front-back-tilt': true, 'video-live-challenge': true, 'video-not-recorded': true } as const;
  return {
    applicant: {
      utokyoAccount: '1234567890',
      studentNumber: '03-123456',
      name: '東大 花子',
      nameKana: 'とうだい はなこ',
      facultyCode: 'engineering',
      contactEmail: 'hanako@example.com',
      contactEmailConfirm: 'hanako@example.com',
    },
    request: {
      services: ['eccs-mail'],
      reason: '在学時の研究データの一部のバックアップに失敗しており、それが投稿論文の作成にあたって必要な根拠資料であるため',
    },
    eligibility: {
      studentBeforeLeaving: true,
      departureDate: '2026-03-31',
      onlineServiceUnavailable: 'no-card',
      priorUse: { 'eccs-mail': false, onedrive: false },
    },
    verification: {
      method,
      ...(method === 'video' ? { videoReason: '海外在住のため来学できない' } : {}),
      documentType: 'drivers-license',
      verifierName: '窓口 太郎',
      verifierRole: '学務係',
      checklist: method === 'video' ? { ...common, ...video } : { ...common },
    },
  };
}
