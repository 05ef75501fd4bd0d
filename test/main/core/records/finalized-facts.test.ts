// Facts fixed at finalize: once a case is finalized, changing the department in
// Settings never changes what the signed payload, the mail-form text, the record or the ledger
// say it was finalized under. New cases take the new department and its case-number prefix.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { openTestCore, tempDir, type TestCore } from '../open-test-core';
import { pdfText, squash } from './pdf-tools';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore(); // department engineering / 工学部
});
afterEach(async () => {
  await t.cleanup();
});

const signedPayload = (jws: string): { department: { code: string; name: string }; caseNumber: string } =>
  JSON.parse(Buffer.from(jws.split('.')[1] ?? '', 'base64url').toString('utf8')) as never;

describe('department and case-number prefix fixed at finalize', () => {
  it('keeps the original department in the payload, mail-form text, record and ledger after Settings change', async () => {
    const draft = await t.core.cases.createDraft(completeCase());
    const finalized = await t.core.cases.finalize(draft.id, { operator: '窓口 太郎' });
    expect(finalized.finalizedUnder).toEqual({ department: { code: 'engineering', name: '工学部' }, caseNumberPrefix: 'engineering' });

    await t.core.settings.update({ department: { code: 'science', name: '理学部・理学系研究科' } }, { operator: '係長' });

    const item = await t.core.outbox.enqueue(draft.id);
    const text = await t.core.outbox.mailFormText(item.id);
    const jws = /検証コード:\s*(\S+)/.exec(text)?.[1] ?? '';
    expect(signedPayload(jws).department).toEqual({ code: 'engineering', name: '工学部' });
    expect(text).toContain('確認部局: 工学部 (engineering)');
    expect(text).not.toContain('理学部');

    const record = squash(pdfText(await t.core.records.pdf(draft.id)));
    expect(record).toContain('工学部');
    expect(record).not.toContain('理学部');
    const notice = squash(pdfText(await t.core.records.applicantNoticePdf(draft.id)));
    expect(notice).toContain('工学部');
    expect(notice).not.toContain('理学部');

    const dir = tempDir('salvage-ledger-');
    try {
      const file = path.join(dir, 'ledger.csv');
      await t.core.exportLedger(file, { operator: '係長' });
      const ledger = fs.readFileSync(file, 'utf8');
      expect(ledger).toContain(`${finalized.caseNumber},工学部,`);
      expect(ledger).not.toContain('理学部');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }

    // Survives a reopen (read from the database, not a cache).
    await t.reopen();
    expect((await t.core.cases.get(draft.id)).finalizedUnder?.department.name).toBe('工学部');
  });

  it('gives a case finalized after the change the new department and prefix', async () => {
    await t.core.settings.update({ department: { code: 'science', name: '理学部' } }, { operator: '係長' });
    const draft = await t.core.cases.createDraft({ ...completeCase(), applicant: { ...completeCase().applicant, facultyCode: 'science' } });
    const c = await t.core.cases.finalize(draft.id, { operator: '窓口 太郎' });
    expect(c.caseNumber).toMatch(/^science-2026-[A-Z0-9]{3}-\d{6}$/);
    expect(c.finalizedUnder).toEqual({ department: { code: 'science', name: '理学部' }, caseNumberPrefix: 'science' });
  });

  it('has no finalized facts for a draft', async () => {
    const draft = await t.core.cases.createDraft(completeCase());
    expect(draft.finalizedUnder).toBeNull();
  });
});
