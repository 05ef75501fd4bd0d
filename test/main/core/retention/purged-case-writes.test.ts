// A purged case is read-only. Whatever staff type into it afterwards would be stored with nothing
// left to erase it (retention looks at a case once), and its audit digests would need a fresh case
// key no purge destroys: so every write is refused with CoreError 'purged', and a request that was
// still waiting to leave becomes final (needs-attention, marked erased) instead of staying on offer.
import { afterEach, describe, expect, it } from 'vitest';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import type { MailFormDesktop } from '../../../../src-main/core/outbox/mail-form-desktop';
import { openTestCore, rejection, type TestCore } from '../open-test-core';
import { createAuditLog } from '../../../../src-main/core/audit/audit-log';
import { rawDb } from '../raw-db';

const DAY = 86_400_000;
let t: TestCore;
afterEach(async () => { await t.cleanup(); });

const later = (days: number) => { t.clock.now = new Date(t.clock.now.getTime() + days * DAY); };
const code = async (p: Promise<unknown>) => (await rejection(p)).code;

/** A desktop that records what it was asked to do: nothing, when the case was erased. */
function recordingDesktop(): MailFormDesktop & { copied: string[]; opened: string[] } {
  const d = {
    copied: [] as string[],
    opened: [] as string[],
    copyText: async (text: string) => { d.copied.push(text); },
    openMailForm: async (url: string) => { d.opened.push(url); return true; },
  };
  return d;
}

/** A mail-form request finalized and never handed over, purged a year after its deadline. */
async function purgedAwaitingRequest(): Promise<{ caseId: string; itemId: string }> {
  await t.core.settings.update({ deliveryChannel: 'mail-form' }, { operator: '係長' });
  const d = await t.core.cases.createDraft(completeCase(), { operator: '窓口' });
  await t.core.cases.finalize(d.id, { operator: '係長' });
  const item = await t.core.outbox.enqueue(d.id);
  later(700);
  expect(await t.core.purgeNow({ operator: '係長' })).toMatchObject({ purged: 1 });
  return { caseId: d.id, itemId: item.id };
}

describe('a purged draft', () => {
  it('shows as erased and refuses edit, finalize, close and discard; nothing typed is stored', async () => {
    t = await openTestCore();
    const d = await t.core.cases.createDraft({ applicant: { name: '一度目 消去' } }, { operator: '窓口' });
    later(200); // untouched draft without a deadline: erased after 180 days
    expect(await t.core.purgeNow({ operator: '係長' })).toMatchObject({ purged: 1 });
    const listed = (await t.core.cases.list()).find((c) => c.id === d.id);
    expect(listed).toMatchObject({ status: 'draft', purgedAt: t.clock.now.toISOString(), name: '' });

    const typed = { applicant: { name: '二度目 花子', contactEmail: 'hanako@example.com' } };
    const refused = await rejection(t.core.cases.update(d.id, typed, { operator: '窓口' }));
    expect(refused.code).toBe('purged');
    expect(refused.messages.ja).toContain('個人情報を消去したため、編集できません');
    expect(refused.messages.en).toContain('cannot be edited');
    expect(await code(t.core.cases.finalize(d.id, { operator: '係長' }))).toBe('purged');
    expect(await code(t.core.cases.closeNotVerified(d.id, { operator: '係長', reason: '本人確認書類の氏名が 二度目 花子 と一致しない' }))).toBe('purged');
    expect(await code(t.core.cases.discard(d.id, { operator: '係長' }))).toBe('purged');

    await t.core.close();
    const db = await rawDb(t.dataDir, t.secrets);
    expect(db.prepare('SELECT input, status FROM cases WHERE id = ?').get(d.id)).toEqual({ input: '{}', status: 'draft' });
    expect(db.prepare('SELECT count(*) FROM case_keys WHERE case_id = ?').pluck().get(d.id)).toBe(0);
    db.close();
    await t.reopen();
  });
});

describe('a purged request that was waiting for the mail form', () => {
  it('becomes final: needs-attention, marked erased, with a last error that says why', async () => {
    t = await openTestCore();
    const { caseId, itemId } = await purgedAwaitingRequest();
    const item = (await t.core.outbox.list()).find((i) => i.id === itemId);
    expect(item).toMatchObject({ state: 'needs-attention', erased: true, nextAttemptAt: null, payloadSha256: '', lastError: { code: 'erased' } });
    expect(item?.lastError?.message.ja).toContain('個人情報を消去');
    expect((await t.core.cases.get(caseId))).toMatchObject({ status: 'needs-attention', purgedAt: expect.any(String) });
  });

  it('refuses hand-over, retry, queueing, enqueue, amendment and every mail-form path; the desktop is never used', async () => {
    t = await openTestCore();
    const { caseId, itemId } = await purgedAwaitingRequest();
    const desktop = recordingDesktop();
    expect(await code(t.core.outbox.markHandedOver(itemId, { operator: '窓口', reference: 'HANAKO-0312' }))).toBe('purged');
    expect(await code(t.core.outbox.retry(itemId, { operator: '窓口' }))).toBe('purged');
    expect(await code(t.core.outbox.enqueue(caseId, { operator: '窓口' }))).toBe('purged');
    expect(await code(t.core.outbox.mailFormText(itemId))).toBe('purged');
    expect(await code(t.core.outbox.mailFormLink(itemId))).toBe('purged');
    expect(await code(t.core.outbox.openMailForm(itemId, { operator: '窓口' }, desktop))).toBe('purged');
    expect(await code(t.core.cases.amend(caseId, { field: 'applicant.nameKana', value: 'とうだい はなこ', reason: '申請者 東大 花子 から電話', by: '係長' }))).toBe('purged');
    await t.core.settings.update({ deliveryChannel: 'endpoint' }, { operator: '係長' });
    expect(await code(t.core.outbox.queueAwaiting([itemId], { operator: '係長' }))).toBe('purged');
    expect(desktop).toMatchObject({ copied: [], opened: [] });
    expect((await t.core.outbox.list()).find((i) => i.id === itemId)).toMatchObject({ state: 'needs-attention', erased: true });
  });

  it('a hand-off recorded the day its case was erased cannot be undone (the reason would outlive the purge)', async () => {
    t = await openTestCore();
    await t.core.settings.update({ deliveryChannel: 'mail-form' }, { operator: '係長' });
    const d = await t.core.cases.createDraft(completeCase(), { operator: '窓口' });
    await t.core.cases.finalize(d.id, { operator: '係長' });
    const item = await t.core.outbox.markHandedOver((await t.core.outbox.enqueue(d.id)).id, { operator: '窓口' });
    // The purge itself needs a year; here the case is marked erased behind the core's back the same day.
    await t.core.close();
    const db = await rawDb(t.dataDir, t.secrets);
    db.prepare(`UPDATE cases SET purged_at = ?, input = '{}' WHERE id = ?`).run(t.clock.now.toISOString(), d.id);
    db.close();
    await t.reopen();
    const refused = await rejection(t.core.outbox.undoHandOver(item.id, { operator: '係長', reason: '申請者 東大 花子 hanako@example.com から電話' }));
    expect(refused.code).toBe('purged');
    expect((await t.core.outbox.list()).find((i) => i.id === item.id)).toMatchObject({ state: 'handed-over', erased: true });
  });
});

describe('the audit trail of a purged case', () => {
  it('makes no case key for it: personal values are dropped, never digested under a key no purge destroys', async () => {
    t = await openTestCore();
    const purged = await t.core.cases.createDraft({ applicant: { name: '一度目 消去' } }, { operator: '窓口' });
    later(200);
    await t.core.purgeNow({ operator: '係長' });
    const live = await t.core.cases.createDraft({ applicant: { name: '対照 残存子' } }, { operator: '窓口' });
    await t.core.close();
    // The trail's own append, on the store opened behind the closed core (its chain is not checked here).
    const db = await rawDb(t.dataDir, t.secrets);
    const log = createAuditLog(db, '00'.repeat(32), () => t.clock.now);
    expect(log.caseKeys.keyFor(purged.id)).toBeNull();
    log.append({ action: 'update', operator: '窓口', caseId: purged.id, personal: { 'applicant.name': '二度目 花子' } });
    log.append({ action: 'update', operator: '窓口', caseId: live.id, personal: { 'applicant.name': '対照 二回目' } });
    const personal = db.prepare('SELECT case_id, personal FROM audit ORDER BY seq DESC LIMIT 2').all();
    const keys = db.prepare('SELECT case_id FROM case_keys').pluck().all();
    db.close();
    expect(personal).toEqual([
      { case_id: live.id, personal: expect.stringMatching(/^\{"applicant\.name":"[0-9a-f]{64}"\}$/) },
      { case_id: purged.id, personal: '{}' },
    ]);
    expect(keys).toEqual([live.id]);
  });
});
