// The printed record shows an overridden expiry with the computed date, source and reason.
import { describe, expect, it } from 'vitest';
import { renderRecordPdf } from '../../../../src-main/core/records/render';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { pdfText, squash } from './pdf-tools';
import { FINALIZED_AT, finalizedCase, recordViewFixture } from '../../../../tools/fixtures/record-fixtures';

describe('record: expiry override', () => {
  it.each(['ja', 'en'] as const)('prints computed → overridden date, the source and the reason (%s)', async (language) => {
    const input = completeCase();
    input.eligibility = { ...input.eligibility, accountExpiryOverride: '2026-04-30', accountExpiryOverrideSource: 'itc-notice', accountExpiryOverrideReason: '失効通知で確認' };
    const view = recordViewFixture(finalizedCase({ input }));
    const text = squash(pdfText(await renderRecordPdf(view, { language, createdAt: FINALIZED_AT })));
    expect(text).toContain(squash(language === 'ja' ? '自動計算 2026-04-01 → 上書き 2026-04-30(根拠: 情報基盤センターの通知)' : 'Computed 2026-04-01 → overridden 2026-04-30 (source: Notice from the Information Technology Center)'));
    expect(text).toContain('失効通知で確認');
  });

  it('prints no override row when the computed date is used', async () => {
    const text = squash(pdfText(await renderRecordPdf(recordViewFixture(finalizedCase()), { language: 'ja', createdAt: FINALIZED_AT })));
    expect(text).not.toContain('上書き');
  });
});
