// A valid v1 payload (the fixture case of fixtures.ts, finalized and queued) for protocol,
// desk and verifier tests that do not need a whole core.
import { randomUUID } from 'node:crypto';
import { RULES_VERSION, type SalvagePayload } from '../../src-shared/protocol';

export function samplePayload(overrides: Partial<SalvagePayload> = {}): SalvagePayload {
  return {
    type: 'salvage-request',
    version: 1,
    submissionId: randomUUID(),
    caseNumber: 'ENG-2026-0001',
    createdAt: '2026-05-11T10:15:00+09:00',
    department: { code: 'engineering', name: '工学部' },
    applicant: {
      utokyoAccount: '1234567890',
      studentNumber: '03-123456',
      name: '東大 花子',
      nameKana: 'とうだい はなこ',
      faculty: { code: 'engineering', name: '工学部' },
      contactEmail: 'hanako@example.com',
    },
    request: { services: ['eccs-mail'], reason: '在学時の研究データの一部のバックアップに失敗しており、それが投稿論文の作成にあたって必要な根拠資料であるため' },
    eligibility: { studentBeforeLeaving: true, departureDate: '2026-03-31', accountExpiry: '2026-04-01', deadline: '2026-09-28', priorUse: { 'eccs-mail': false, onedrive: false } },
    verification: {
      method: 'in-person',
      documentType: 'drivers-license',
      verifiedAt: '2026-05-11T10:10:00+09:00',
      verifier: { name: '窓口 太郎', role: '学務係' },
      checklist: [
        { id: 'photo-matches', ok: true }, { id: 'name-matches-record', ok: true }, { id: 'dob-matches-record', ok: true },
        { id: 'id-valid', ok: true }, { id: 'record-confirms-student', ok: true }, { id: 'conditions-explained', ok: true },
        { id: 'consent-forwarding', ok: true },
      ],
    },
    rulesVersion: RULES_VERSION,
    ...overrides,
  };
}
