// The record as the office sees it: every value is in the text layer, the Japanese font is
// embedded as a subset, the file is structurally sound, the QR code decodes to exactly the
// submission id and hash, and the same case always gives the same bytes.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklistFor, documentTypeById, serviceById } from '../../../../src-shared/domain';
import { MARGIN, PAGE } from '../../../../src-main/core/records/layout';
import { renderRecordPdf } from '../../../../src-main/core/records/render';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { expectEmbeddedSubsets, expectNoPersonalMetadata, expectSoundA4 } from './pdf-checks';
import { decodeQrOnPage1, pdfFonts, pdfInfo, pdfText, squash } from './pdf-tools';
import { FINALIZED_AT, finalizedCase, recordViewFixture, SHA256, SUBMISSION_ID } from '../../../../tools/fixtures/record-fixtures';

const render = (language: 'ja' | 'en', method: 'in-person' | 'video' = 'video') =>
  renderRecordPdf(recordViewFixture(finalizedCase({ method })), { language, createdAt: FINALIZED_AT });

describe('renderRecordPdf', () => {
  it('prints every required field, the window, the check and each checklist item (ja)', async () => {
    const text = squash(pdfText(await render('ja')));
    const input = completeCase({ method: 'video' });
    const expected = [
      'クラウドデータ救出本人確認記録', 'ENG-2026-0042', '工学部・工学系研究科学務課',
      input.applicant.utokyoAccount, input.applicant.studentNumber, input.applicant.name, input.applicant.nameKana ?? '',
      '工学部', input.applicant.contactEmail, input.request.reason,
      serviceById('eccs-mail').name.ja, ...serviceById('eccs-mail').scope.map((s) => s.ja),
      '2026年3月31日', '2026年4月1日', '2026年9月28日', '171日',
      'ビデオ通話', input.verification.videoReason ?? '', documentTypeById('drivers-license')?.ja ?? '',
      '2026年4月10日14:05', input.verification.verifierName, input.verification.verifierRole,
      ...checklistFor('video').map((i) => i.ja),
      '確認者', '申請者', '署名', '訂正はありません', `1/2ページ`, `2/2ページ`, SHA256,
    ];
    for (const value of expected) expect(text, value).toContain(squash(value));
    expect(checklistFor('video')).toHaveLength(11);
    expect(text.match(/✓/g)).toHaveLength(11);
  });

  it('is complete in English', async () => {
    const text = squash(pdfText(await render('en')));
    const expected = [
      'CloudDataSalvage—IdentityVerificationRecord', 'ENG-2026-0042', 'FacultyofEngineering',
      '1234567890', '03-123456', 'hanako@example.com', '28Sep2026', '1Apr2026', '31Mar2026', '171days',
      serviceById('eccs-mail').name.en, 'Videocall', "Driver'slicence", 'Verifier', 'Applicant', 'Signature',
      ...checklistFor('video').map((i) => i.en), 'page1/2', 'page2/2',
    ];
    for (const value of expected) expect(text, value).toContain(squash(value));
    expect(text).not.toMatch(/[申請者確認記録]/); // no Japanese form labels left untranslated
  });

  it('prints only the in-person checklist for an in-person check', async () => {
    const text = squash(pdfText(await render('ja', 'in-person')));
    for (const item of checklistFor('video')) expect(text.includes(squash(item.ja)), item.id).toBe(!item.videoOnly);
  });

  it('marks an unconfirmed item with ×, and prints the second checker when there is one', async () => {
    const base = recordViewFixture(finalizedCase({ method: 'in-person' }));
    const view = {
      ...base,
      verification: {
        ...base.verification,
        secondChecker: { name: '係長 次郎', role: '教務係長' },
        checklist: base.verification.checklist.map((c) => (c.id === 'id-valid' ? { ...c, ok: false } : c)),
      },
    };
    const text = squash(pdfText(await renderRecordPdf(view, { language: 'ja', createdAt: FINALIZED_AT })));
    expect(text).toContain(squash(`× ${checklistFor('in-person').find((i) => i.id === 'id-valid')?.ja ?? ''}`));
    expect(text.match(/✓/g)).toHaveLength(6);
    expect(text).toContain('係長次郎(教務係長)');
  });

  it('prints 〓 for a character the font lacks and drops variation selectors, never an empty box', async () => {
    const base = recordViewFixture();
    const view = { ...base, applicant: { ...base.applicant, name: '\u{20BB7}野 家子\u{1F600}', nameKana: '葛\u{E0100}飾 よしの' } };
    const text = squash(pdfText(await renderRecordPdf(view, { language: 'ja', createdAt: FINALIZED_AT })));
    expect(text).toContain('〓野家子〓');
    expect(text).toContain('葛飾よしの');
  });

  it('embeds BIZ UDPGothic regular and bold as subsets, and no other font', async () => {
    const pdf = await render('ja');
    expectEmbeddedSubsets(pdf);
    expect(pdfFonts(pdf).trim().split('\n').slice(2)).toHaveLength(2);
  });

  it('passes qpdf --check and is an A4 portrait document', async () => {
    expectSoundA4(await render('ja'));
  });

  it('has a QR code that decodes to exactly {submissionId, sha256}', async () => {
    const pdf = await render('ja');
    const qrArea = { x: PAGE.width - MARGIN.right - 130, y: 60, w: 140, h: 140 };
    const decoded = decodeQrOnPage1(pdf, qrArea);
    expect(decoded).not.toBeNull();
    expect(JSON.parse(decoded as string)).toStrictEqual({ submissionId: SUBMISSION_ID, sha256: SHA256 });
  });

  it('renders the same case to byte-identical PDFs, dated at the finalize time', async () => {
    const a = await render('ja');
    // A record with characters no other test uses, in between: caches must not change the bytes.
    const other = recordViewFixture(finalizedCase({ method: 'video' }));
    await renderRecordPdf({ ...other, applicant: { ...other.applicant, name: '鬱 麒麟 鸚鵡 薔薇' }, verification: { ...other.verification, verifier: { name: '𠮷野 髙', role: '﨑' } } }, { language: 'ja', createdAt: FINALIZED_AT });
    const b = await render('ja');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const info = pdfInfo(a);
    expect(new Date(info.CreationDate as string).toISOString()).toBe(FINALIZED_AT);
    expect(new Date(info.ModDate as string).toISOString()).toBe(FINALIZED_AT);
  });

  it('gives the same bytes in a fresh process as in one that has rendered other records', async () => {
    await renderRecordPdf({ ...recordViewFixture(), request: { ...recordViewFixture().request, reason: '鬱陶しい梅雨の間に研究室の鍵を返却したため、その前のデータが必要です。' } }, { language: 'en', createdAt: FINALIZED_AT });
    const here = Buffer.from(await render('ja'));
    const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const child = execFileSync(tsx, [path.join(import.meta.dirname, 'render-in-child.ts')], { encoding: 'utf8', maxBuffer: 10_000_000 });
    expect(Buffer.from(child, 'base64').equals(here)).toBe(true);
  });

  it('keeps personal data out of the metadata', async () => {
    const pdf = await render('ja');
    expect(pdfInfo(pdf).Title).toBe('クラウドデータ救出 本人確認記録');
    const input = completeCase({ method: 'video' });
    expectNoPersonalMetadata(pdf, [input.applicant.name, input.applicant.contactEmail, input.applicant.utokyoAccount, input.applicant.studentNumber, 'ENG-2026-0042', input.verification.verifierName, '花子', 'hanako']);
  });
});
