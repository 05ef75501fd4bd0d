// Closing a case as not verified (本人確認できず): numbered, recorded with its reason, printed for the
// office file, audited, never handed off, in the ledger, and erased by retention like the rest.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { openTestCore, rejection, tempDir, type TestCore } from './open-test-core';
import { rawDb } from './raw-db';
import { pdfInfo, pdfText } from './records/pdf-tools';

const REASON = '本人確認書類(運転免許証)の写真と来訪者の顔が一致しないため、本人と確認できなかった。';
let t: TestCore;
beforeEach(async () => { t = await openTestCore(); });
afterEach(async () => { await t.cleanup(); });

/** A draft stopped at the identity check: method and document chosen, the photo not ticked. */
async function failedCheck() {
  const c = completeCase({ method: 'video' });
  const checklist = { ...c.verification.checklist, 'photo-matches': false };
  return t.core.cases.createDraft({
    applicant: { name: '来訪 太郎', utokyoAccount: '5550001111', facultyCode: 'engineering' },
    verification: { ...c.verification, documentType: 'my-number-card', checklist },
  }, { operator: '窓口' });
}

describe('closeNotVerified', () => {
  it('numbers, locks and audits the case with its reason, and never hands it off', async () => {
    const d = await failedCheck();
    const closed = await t.core.cases.closeNotVerified(d.id, { operator: '係長', reason: `  ${REASON}\n` });
    expect(closed.status).toBe('closed-not-verified');
    expect(closed.caseNumber).toMatch(/^engineering-2026-[A-Z0-9]{3}-\d{6}$/);
    expect(closed.closure).toEqual({ at: t.clock.now.toISOString(), by: '係長', reason: REASON });
    // Locked: no edit, no finalize, no second closure, no discard.
    for (const p of [
      t.core.cases.update(d.id, { applicant: { name: 'x' } }, { operator: '窓口' }),
      t.core.cases.finalize(d.id, { operator: '窓口' }),
      t.core.cases.closeNotVerified(d.id, { operator: '窓口', reason: REASON }),
      t.core.cases.discard(d.id, { operator: '窓口' }),
      t.core.outbox.enqueue(d.id, { operator: '窓口' }),
    ]) expect((await rejection(p)).code).toBe('invalid-state');
    expect(await t.core.outbox.list()).toEqual([]);
    expect(await t.core.cases.list({ status: ['finalized', 'awaiting-hand-off', 'queued', 'sending', 'needs-attention'] })).toEqual([]);
    // The next finalized case takes the next number: one sequence for both.
    const next = await t.core.cases.createDraft(completeCase(), { operator: '窓口' });
    const fin = await t.core.cases.finalize(next.id, { operator: '窓口' });
    expect(Number(fin.caseNumber!.slice(-6))).toBe(Number(closed.caseNumber!.slice(-6)) + 1);
    // Not an earlier request for the account (nothing was requested).
    expect(await t.core.cases.earlierRequests('5550001111')).toEqual([]);
    // Audited under the operator, the reason only as a digest.
    const db = await rawDb(t.dataDir, t.secrets);
    const entry = db.prepare<[string], { operator: string; details: string; personal: string }>(
      `SELECT operator, details, personal FROM audit WHERE action = 'close-not-verified' AND case_id = ?`).get(d.id)!;
    db.close();
    expect(entry.operator).toBe('係長');
    expect(JSON.parse(entry.details)).toMatchObject({ caseNumber: closed.caseNumber, status: 'closed-not-verified' });
    expect(entry.personal).not.toContain('一致しない');
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true });
    // Listed under its own status.
    expect((await t.core.cases.list({ status: 'closed-not-verified' })).map((c) => c.id)).toEqual([d.id]);
  });

  it('refuses without a reason, with a My Number in it, or before a department is set', async () => {
    const d = await failedCheck();
    const empty = await rejection(t.core.cases.closeNotVerified(d.id, { operator: '窓口', reason: ' \n ' }));
    expect(empty.issues.map((i) => [i.path, i.code])).toEqual([['reason', 'closure.reason-required']]);
    const myNumber = await rejection(t.core.cases.closeNotVerified(d.id, { operator: '窓口', reason: '番号 1234 5678 9012 が見えた' }));
    expect(myNumber.issues.map((i) => i.code)).toEqual(['mynumber.detected']);
    expect((await t.core.cases.get(d.id)).status).toBe('draft');
    const fresh = await openTestCore({ department: false });
    try {
      const d2 = await fresh.core.cases.createDraft({}, {});
      const e = await rejection(fresh.core.cases.closeNotVerified(d2.id, { operator: 'system', reason: REASON }));
      expect(e.issues.map((i) => i.code)).toContain('settings.department-unconfigured');
    } finally {
      await fresh.cleanup();
    }
  });

  it('prints a record for the office file that says 本人確認できず, with the reason and what was checked', async () => {
    const d = await failedCheck();
    const closed = await t.core.cases.closeNotVerified(d.id, { operator: '係長', reason: REASON });
    const pdf = await t.core.records.pdf(d.id);
    const text = pdfText(pdf).replace(/\s+/g, '');
    expect(text).toContain('本人確認できず');
    expect(text).toContain(REASON.replace(/\s+/g, ''));
    expect(text).toContain(closed.caseNumber);
    expect(text).toContain('来訪太郎');
    // The checklist as it was asked: a My Number card on video shows its front only.
    expect(text).toContain('マイナンバーカードの表面のみ');
    expect(text).not.toContain('表裏をカメラ');
    expect(text).not.toContain('検証コード');
    expect(pdfInfo(pdf).Title).toContain('本人確認できず');
    expect(JSON.stringify(pdfInfo(pdf))).not.toContain('来訪');
    await t.core.records.logOutput(d.id, 'print', { operator: '係長' });
    // No applicant's notice: nothing was requested.
    expect((await rejection(t.core.records.applicantNoticePdf(d.id))).code).toBe('invalid-state');
  });

  it('appears in the ledger with its status, never with its reason', async () => {
    const d = await failedCheck();
    const closed = await t.core.cases.closeNotVerified(d.id, { operator: '係長', reason: REASON });
    const file = path.join(tempDir(), 'ledger.csv');
    await t.core.exportLedger(file, { operator: '係長' });
    const csv = fs.readFileSync(file, 'utf8');
    const row = csv.split(/\r?\n/).find((l) => l.startsWith(closed.caseNumber!))!;
    expect(row).toContain('本人確認できず');
    expect(row).toContain('2026-05-01 12:00');
    expect(csv).not.toContain('一致しない');
    expect(csv).not.toContain('来訪');
  });

  it('follows retention: erased retentionDays after the closure, the reason with it', async () => {
    const d = await failedCheck();
    await t.core.cases.closeNotVerified(d.id, { operator: '係長', reason: REASON });
    t.clock.now = new Date(t.clock.now.getTime() + 364 * 86_400_000);
    expect((await t.core.previewPurge()).byStatus['closed-not-verified']).toBeUndefined();
    t.clock.now = new Date(t.clock.now.getTime() + 2 * 86_400_000);
    expect(await t.core.purgeNow({ operator: '係長' })).toMatchObject({ purged: 1 });
    const after = await t.core.cases.get(d.id);
    expect(after.status).toBe('closed-not-verified');
    expect(after.closure?.reason).toBe('');
    expect(after.input.applicant?.name).toBeUndefined();
    const db = await rawDb(t.dataDir, t.secrets);
    const raw = JSON.stringify(db.prepare('SELECT * FROM cases').all());
    db.close();
    expect(raw).not.toContain('一致しない');
    expect(raw).not.toContain('来訪');
    expect((await rejection(t.core.records.pdf(d.id))).code).toBe('invalid-state');
  });
});
