// A My Number can never reach the paper: the domain refuses it when typed, and the renderer
// itself refuses any view that carries one (last line of defence), naming the field.
import { describe, expect, it } from 'vitest';
import { caseDraftSchema } from '../../../../src-shared/domain';
import { CoreError } from '../../../../src-main/core/errors';
import { renderRecordPdf } from '../../../../src-main/core/records/render';
import type { RecordView } from '../../../../src-main/core/records/record-view';
import { FINALIZED_AT, finalizedCase, recordViewFixture } from '../../../../tools/fixtures/record-fixtures';

const MY_NUMBERS = ['123456789012', '1234 5678 9012', '1234-5678-9012', '１２３４ ５６７８ ９０１２'];

async function refusal(view: unknown): Promise<CoreError> {
  try {
    await renderRecordPdf(view as RecordView, { language: 'ja', createdAt: FINALIZED_AT });
  } catch (e) {
    if (e instanceof CoreError) return e;
    throw e;
  }
  throw new Error('the record was rendered');
}

describe('My Number on the record path', () => {
  it('is refused by the domain when typed into the reason', () => {
    for (const n of MY_NUMBERS) {
      const r = caseDraftSchema.safeParse({ request: { reason: `理由 ${n} のため` } });
      expect(r.success, n).toBe(false);
    }
  });

  it('is refused by renderRecordPdf in any text of the view, naming the field', async () => {
    const base = recordViewFixture();
    const poisoned: [string, RecordView][] = MY_NUMBERS.flatMap((n) => [
      ['record.request.reason', { ...base, request: { ...base.request, reason: `${base.request.reason} ${n}` } }],
      ['record.applicant.name', { ...base, applicant: { ...base.applicant, name: `東大 花子 ${n}` } }],
      ['record.verification.verifier.role', { ...base, verification: { ...base.verification, verifier: { name: '窓口', role: n } } }],
      ['record.amendments.0.value', { ...base, amendments: [{ field: 'applicant.name', oldValue: 'a', value: n, reason: 'r', by: 'b', at: FINALIZED_AT }] }],
      ['record.amendments.0.reason', { ...base, amendments: [{ field: 'applicant.name', oldValue: 'a', value: 'b', reason: `番号 ${n}`, by: 'b', at: FINALIZED_AT }] }],
    ] as [string, RecordView][]);
    for (const [path, view] of poisoned) {
      const err = await refusal(view);
      expect(err.code).toBe('validation');
      expect(err.issues.map((i) => [i.path, i.code]), path).toContainEqual([path, 'mynumber.detected']);
      expect(err.message).not.toMatch(/\d{4}/); // the number itself is never echoed back
    }
  });

  it('still renders a case whose hash or submission id happen to contain 12 digits', async () => {
    const view = { ...recordViewFixture(), sha256: `123456789012${'0'.repeat(52)}`, submissionId: '12345678-9012-4345-8901-123456789012' };
    const pdf = await renderRecordPdf(view, { language: 'ja', createdAt: FINALIZED_AT });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it('refuses a draft or discarded case before anything is drawn', () => {
    for (const status of ['draft', 'discarded'] as const) {
      const c = { ...finalizedCase(), status };
      expect(() => recordViewFixture(c)).toThrow(expect.objectContaining({ code: 'invalid-state' }));
    }
  });
});
