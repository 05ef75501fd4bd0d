// Signing helpers for the shared verifier's tests: any header, any payload, a correction notice.
import { randomUUID } from 'node:crypto';
import { CompactSign } from 'jose';
import type { SalvageAmendmentPayload } from '../../../../src-shared/protocol';
import type { TestDepartment } from '../../../../tools/fixtures/desk-signing';

export async function signWith(dept: TestDepartment, payload: unknown, header: Record<string, unknown> = {}): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'EdDSA', kid: dept.jwk.kid, typ: 'salvage-request+jws', ...header })
    .sign(dept.key);
}

export function sampleAmendment(overrides: Partial<SalvageAmendmentPayload> = {}): SalvageAmendmentPayload {
  return {
    type: 'salvage-amendment',
    version: 1,
    amendmentId: randomUUID(),
    submissionId: randomUUID(),
    caseNumber: 'ENG-2026-0001',
    createdAt: '2026-05-12T09:00:00+09:00',
    department: { code: 'engineering', name: '工学部' },
    field: 'applicant.contactEmail',
    oldValue: 'hanako@example.com',
    newValue: 'hanako@example.net',
    reason: '申請者から連絡先の訂正の申し出があったため',
    by: { name: '窓口 太郎', role: '学務係' },
    ...overrides,
  };
}

export const signAmendment = (dept: TestDepartment, p: SalvageAmendmentPayload): Promise<string> => signWith(dept, p, { typ: 'salvage-amendment+jws' });
