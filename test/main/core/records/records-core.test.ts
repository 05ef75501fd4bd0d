// core.records through the real core: encrypted SQLite store, in-memory keychain, real outbox.
// The record carries the finalized case's hash until the case is queued, then the signed
// payload's hash; printing and saving are audited without personal data.
import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finalizedCaseSha256 } from '../../../../src-main/core/records/canonical-json';
import { MARGIN, PAGE } from '../../../../src-main/core/records/layout';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { openTestCore, rejection, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';
import { decodeQrOnPage1, pdfInfo, pdfText, squash } from './pdf-tools';

const QR_AREA = { x: PAGE.width - MARGIN.right - 130, y: 60, w: 140, h: 140 };

let t: TestCore;
let id: string;
beforeEach(async () => {
  t = await openTestCore();
  id = (await t.core.cases.createDraft(completeCase({ method: 'video' }))).id;
});
afterEach(async () => {
  await t.cleanup();
});

describe('core.records', () => {
  it('refuses a draft, and an unknown case', async () => {
    expect((await rejection(t.core.records.pdf(id))).code).toBe('invalid-state');
    expect((await rejection(t.core.records.logOutput(id, 'print'))).code).toBe('invalid-state');
    expect((await rejection(t.core.records.pdf('no-such-case'))).code).toBe('not-found');
  });

  it('prints a finalized case with the hash of its signed request (made with it at 確定), the same bytes each time', async () => {
    const finalized = await t.core.cases.finalize(id, { operator: '窓口 太郎' });
    const [item] = await t.core.outbox.list();
    const before = await t.core.records.pdf(id);
    const text = squash(pdfText(before));
    expect(text).toContain(squash(finalized.caseNumber ?? 'missing'));
    expect(item!.payloadSha256).not.toBe(finalizedCaseSha256(finalized));
    expect(text).toContain(item!.payloadSha256);
    expect(text).toContain('申請データSHA-256');
    expect(JSON.parse(decodeQrOnPage1(before, QR_AREA) ?? 'null')).toStrictEqual({ submissionId: item!.id, sha256: item!.payloadSha256 });
    expect(new Date(pdfInfo(before).CreationDate ?? '').toISOString()).toBe(finalized.finalizedAt);
    expect(Buffer.from(await t.core.records.pdf(id)).equals(Buffer.from(before))).toBe(true);
    expect(await t.core.outbox.enqueue(id)).toMatchObject({ id: item!.id, payloadSha256: item!.payloadSha256 });
  });

  it('follows the language setting and shows amendments, dated by the last one', async () => {
    await t.core.cases.finalize(id, { operator: '窓口 太郎' });
    t.clock.now = new Date('2026-05-02T01:00:00Z');
    await t.core.cases.amend(id, { field: 'applicant.contactEmail', value: 'hanako.t@example.org', valueConfirm: 'hanako.t@example.org', reason: '申請者からの申し出(誤記)', by: '係長 次郎' });
    await t.core.settings.update({ language: 'en' }, { operator: '係長 次郎' });
    const pdf = await t.core.records.pdf(id);
    const text = squash(pdfText(pdf));
    expect(text).toContain(squash('Cloud Data Salvage — Identity Verification Record'));
    expect(text).toContain('hanako@example.com→hanako.t@example.org');
    expect(text).toContain(squash('申請者からの申し出(誤記)'));
    expect(text).toContain('係長次郎');
    expect(new Date(pdfInfo(pdf).ModDate ?? '').toISOString()).toBe('2026-05-02T01:00:00.000Z');
  });

  it('prints an amended second checker as a name with the role, as elsewhere on the record', async () => {
    await t.core.cases.finalize(id, { operator: '窓口 太郎' });
    await t.core.cases.amend(id, { field: 'verification.secondChecker', value: { name: '確認 花子', role: '学務係長' }, reason: '第二確認者の記入漏れ', by: '係長 次郎' });
    const text = squash(pdfText(await t.core.records.pdf(id)));
    expect(text).toContain('→確認花子(学務係長)');
    expect(text).not.toContain('"name"');
  });

  it('audits print and save with the case number and hash, never personal data', async () => {
    const finalized = await t.core.cases.finalize(id, { operator: '窓口 太郎' });
    await t.core.records.logOutput(id, 'print', { operator: '窓口 太郎' });
    await t.core.records.logOutput(id, 'save');
    expect((await rejection(t.core.records.logOutput(id, 'email' as never))).code).toBe('validation');
    const db = await rawDb(t.dataDir, t.secrets);
    try {
      const rows = db.prepare("SELECT action, operator, case_id, details, personal FROM audit WHERE action IN ('print', 'save') ORDER BY seq").all() as { action: string; operator: string; case_id: string; details: string; personal: string }[];
      expect(rows.map((r) => [r.action, r.operator, r.case_id])).toEqual([['print', '窓口 太郎', id], ['save', 'system', id]]);
      const details = JSON.parse(rows[0]?.details ?? '{}') as Record<string, unknown>;
      expect(details).toEqual({ caseNumber: finalized.caseNumber, document: 'record', language: 'ja' });
      // The record's hash is kept only as a digest under the case's key (shredded at purge).
      const caseKey = db.prepare<[string], string>('SELECT key FROM case_keys WHERE case_id = ?').pluck().get(id)!;
      const [item] = await t.core.outbox.list();
      expect(JSON.parse(rows[0]!.personal)).toEqual({ sha256: createHmac('sha256', Buffer.from(caseKey, 'hex')).update(item!.payloadSha256).digest('hex') });
      const input = completeCase({ method: 'video' });
      for (const personal of [input.applicant.name, input.applicant.contactEmail, input.applicant.utokyoAccount, input.request.reason]) {
        expect(rows.map((r) => r.details).join('\n')).not.toContain(personal);
      }
    } finally {
      db.close();
    }
    expect((await t.core.verifyAudit()).ok).toBe(true);
  });
});
