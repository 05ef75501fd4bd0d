// The delivery channel: with 'mail-form' an item waits for hand-off and nothing is
// ever POSTed; a hand-off is final (undo only the same Tokyo day, by staff, with a reason); exactly
// one channel per submission, also when an endpoint is configured later or the setting switches back.
import { afterEach, describe, expect, it } from 'vitest';
import type { Receiver } from '../../../../tools/desk';
import { advance, outboxRig } from './support';

const open: Receiver[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});
const STAFF = [{ name: '窓口 太郎', role: '学務係' }, { name: '確認 花子', role: '学務係長' }];

async function mailFormRig() {
  const r = await outboxRig();
  open.push(r.desk);
  r.ctx.settings = { ...r.ctx.settings, deliveryChannel: 'mail-form', staff: STAFF };
  return r;
}

describe('mail-form channel', () => {
  it('a finalized case waits for hand-off: case status too, nothing is POSTed however often it flushes', async () => {
    const { ctx, outbox, desk } = await mailFormRig();
    const c = ctx.addFinalizedCase();
    const item = await outbox.enqueue(c.id, { operator: '窓口 太郎' });
    expect(item).toMatchObject({ kind: 'request', channel: 'mail-form', state: 'awaiting-hand-off', nextAttemptAt: null, handedOver: null, amendsSubmissionId: null });
    expect(ctx.getCase(c.id).status).toBe('awaiting-hand-off');
    await outbox.flush();
    await outbox.flush();
    const [again] = await outbox.list();
    expect(again).toMatchObject({ state: 'awaiting-hand-off', attempts: 0, lastError: null });
    expect(desk.stats().posts).toBe(0);
    await expect(outbox.retry(item.id, { operator: '窓口 太郎' })).rejects.toMatchObject({ code: 'invalid-state' });
  });

  it('markHandedOver: handed-over with who, when and reference, audited; the case too; final for retry and a second hand-off', async () => {
    const { ctx, outbox } = await mailFormRig();
    const c = ctx.addFinalizedCase();
    const item = await outbox.enqueue(c.id);
    const done = await outbox.markHandedOver(item.id, { operator: '確認 花子', reference: ' #A-20345 ' });
    expect(done).toMatchObject({ state: 'handed-over', handedOver: { by: '確認 花子', at: ctx.clock.toISOString(), reference: '#A-20345' } });
    expect(done.handOverUndoableUntil).toBe('2026-05-11T14:59:59.999Z'); // 23:59:59.999 in Tokyo
    expect(ctx.getCase(c.id).status).toBe('handed-over');
    const audit = ctx.auditLog.filter((e) => e.action === 'hand-over');
    expect(audit).toEqual([expect.objectContaining({ operator: '確認 花子', caseId: c.id, details: expect.objectContaining({ withReference: true, handedOverAt: ctx.clock.toISOString(), submissionId: item.id }), personal: { reference: '#A-20345' } })]);
    expect(JSON.stringify(audit[0]!.details)).not.toContain('A-20345'); // staff's text only as a per-case digest
    await expect(outbox.markHandedOver(item.id, { operator: '確認 花子' })).rejects.toMatchObject({ code: 'invalid-state' });
    await expect(outbox.retry(item.id, { operator: '確認 花子' })).rejects.toMatchObject({ code: 'invalid-state' });
  });

  it('an earlier hand-off time is kept; a future one or one before the request existed is refused', async () => {
    const { ctx, outbox } = await mailFormRig();
    const item = await outbox.enqueue(ctx.addFinalizedCase().id);
    advance(ctx, 60 * 60_000);
    await expect(outbox.markHandedOver(item.id, { operator: '窓口 太郎', at: new Date(ctx.clock.getTime() + 60_000).toISOString() })).rejects.toMatchObject({ code: 'validation', issues: [expect.objectContaining({ path: 'at', code: 'hand-off.time-invalid' })] });
    await expect(outbox.markHandedOver(item.id, { operator: '窓口 太郎', at: '2026-05-01T00:00:00Z' })).rejects.toMatchObject({ code: 'validation' });
    const at = new Date(ctx.clock.getTime() - 30 * 60_000).toISOString();
    expect((await outbox.markHandedOver(item.id, { operator: '窓口 太郎', at })).handedOver?.at).toBe(at);
  });

  it.each([
    ['an e-mail address', 'hanako@example.com', 'hand-off.reference-format'],
    ['a full-width e-mail address', 'hanako＠example.com', 'hand-off.reference-format'],
    ['a name and a student number', '東大花子 03-123456', 'hand-off.reference-format'],
    ['a romanized name with a space', 'Todai Hanako', 'hand-off.reference-format'],
    ['a 10-digit account', '1234567890', 'hand-off.reference-personal'],
    ['a full-width account with spaces', '１２３４ ５６７８９０', 'hand-off.reference-format'],
    ['a My Number pattern', '1234-5678-9012', 'hand-off.reference-personal'],
    ['33 characters', 'A'.repeat(33), 'hand-off.reference-too-long'],
  ])('refuses %s as the reference with a message that says what is allowed, saves nothing', async (_what, reference, code) => {
    const { ctx, outbox } = await mailFormRig();
    const item = await outbox.enqueue(ctx.addFinalizedCase().id);
    const refused = outbox.markHandedOver(item.id, { operator: '窓口 太郎', reference });
    await expect(refused).rejects.toMatchObject({ code: 'validation', issues: [expect.objectContaining({ path: 'reference', code })] });
    const message = ((await refused.catch((e: unknown) => e)) as { issues: { message: { ja: string; en: string } }[] }).issues[0]!.message;
    expect(message.ja).toContain('受付番号');
    expect(message.en).toContain('auto-reply');
    expect((await outbox.list())[0]!.state).toBe('awaiting-hand-off');
    expect(ctx.auditLog.some((e) => e.action === 'hand-over')).toBe(false);
  });

  it.each(['#A-20345', 'R-2026-0042', 'abcDEF123#-XYZ-7788-ghij-KLMN-99'])('accepts the desk reference %s', async (reference) => {
    const { ctx, outbox } = await mailFormRig();
    const item = await outbox.enqueue(ctx.addFinalizedCase().id);
    expect((await outbox.markHandedOver(item.id, { operator: '窓口 太郎', reference })).handedOver?.reference).toBe(reference);
  });

  it('refuses a reference over 64 characters and an operator who is not configured staff', async () => {
    const { ctx, outbox } = await mailFormRig();
    const item = await outbox.enqueue(ctx.addFinalizedCase().id);
    await expect(outbox.markHandedOver(item.id, { operator: '窓口 太郎', reference: 'R'.repeat(65) })).rejects.toMatchObject({ code: 'validation', issues: [expect.objectContaining({ path: 'reference' })] });
    await expect(outbox.markHandedOver(item.id, { operator: '通りすがり' })).rejects.toMatchObject({ code: 'validation', issues: [expect.objectContaining({ path: 'operator', code: 'operator.not-staff' })] });
    expect(ctx.auditLog.some((e) => e.action === 'hand-over')).toBe(false);
  });
});

describe('undo a hand-off', () => {
  it('the same Tokyo day, by another staff member, with a reason: back to awaiting, audited (reason only as a hash)', async () => {
    const { ctx, outbox } = await mailFormRig();
    const c = ctx.addFinalizedCase();
    const item = await outbox.enqueue(c.id);
    await outbox.markHandedOver(item.id, { operator: '窓口 太郎', reference: '12345' });
    advance(ctx, 5 * 3_600_000); // 15:00 Tokyo, same day
    await expect(outbox.undoHandOver(item.id, { operator: '確認 花子', reason: '' })).rejects.toMatchObject({ code: 'validation' });
    const undone = await outbox.undoHandOver(item.id, { operator: '確認 花子', reason: '別の案件と取り違えて押したため' });
    expect(undone).toMatchObject({ state: 'awaiting-hand-off', handedOver: null, handOverUndoableUntil: null });
    expect(ctx.getCase(c.id).status).toBe('awaiting-hand-off');
    const audit = ctx.auditLog.find((e) => e.action === 'undo-hand-over');
    expect(audit).toMatchObject({ operator: '確認 花子', personal: { reason: '別の案件と取り違えて押したため' } });
    expect(JSON.stringify(audit!.details)).not.toContain('取り違え');
  });

  it('after the Tokyo day ends the hand-off is final: undo refused, no undo deadline shown', async () => {
    const { ctx, outbox } = await mailFormRig();
    const item = await outbox.enqueue(ctx.addFinalizedCase().id);
    await outbox.markHandedOver(item.id, { operator: '窓口 太郎' });
    ctx.clock = new Date('2026-05-11T15:00:00Z'); // 00:00 the next day in Tokyo
    expect((await outbox.list())[0]!.handOverUndoableUntil).toBeNull();
    await expect(outbox.undoHandOver(item.id, { operator: '窓口 太郎', reason: '押し間違い' })).rejects.toMatchObject({ code: 'invalid-state' });
    expect((await outbox.list())[0]!.state).toBe('handed-over');
  });
});

describe('exactly one channel per submission', () => {
  it('an endpoint configured after a hand-off: the receiver gets 0 requests, the item stays handed over', async () => {
    const { ctx, outbox, desk } = await mailFormRig();
    const item = await outbox.enqueue(ctx.addFinalizedCase().id);
    await outbox.markHandedOver(item.id, { operator: '窓口 太郎' });
    ctx.settings = { ...ctx.settings, deliveryChannel: 'endpoint' }; // endpointUrl already points at the desk
    await outbox.flush();
    expect(await outbox.sendAllNow({ operator: '窓口 太郎' })).toEqual({ delivered: 0, stillFailing: [], notSent: 0 });
    await expect(outbox.queueAwaiting([item.id], { operator: '窓口 太郎' })).rejects.toMatchObject({ code: 'invalid-state' });
    expect(desk.stats().posts).toBe(0);
    expect((await outbox.list())[0]!.state).toBe('handed-over');
  });

  it('switching to the endpoint does not send awaiting items; queueAwaiting sends only the chosen ones, once', async () => {
    const { ctx, outbox, desk } = await mailFormRig();
    const a = await outbox.enqueue(ctx.addFinalizedCase().id);
    const b = await outbox.enqueue(ctx.addFinalizedCase().id);
    await expect(outbox.queueAwaiting([a.id], { operator: '窓口 太郎' })).rejects.toMatchObject({ code: 'invalid-state' }); // still mail-form
    ctx.settings = { ...ctx.settings, deliveryChannel: 'endpoint' };
    await outbox.flush();
    expect(desk.stats().posts).toBe(0);
    const [queued] = await outbox.queueAwaiting([a.id], { operator: '窓口 太郎' });
    expect(queued).toMatchObject({ state: 'queued', channel: 'endpoint' });
    expect(ctx.getCase(a.caseId).status).toBe('queued');
    const after = await outbox.flush();
    expect(after.find((i) => i.id === a.id)).toMatchObject({ state: 'delivered' });
    expect(after.find((i) => i.id === b.id)).toMatchObject({ state: 'awaiting-hand-off', channel: 'mail-form' });
    expect(desk.stats().posts).toBe(1);
    expect(ctx.auditLog.filter((e) => e.action === 'queue-awaiting')).toHaveLength(1);
  });

  it('switching back to the mail form never un-sends: delivered stays delivered, a hand-off of it is refused', async () => {
    const { ctx, outbox, desk } = await mailFormRig();
    ctx.settings = { ...ctx.settings, deliveryChannel: 'endpoint' };
    const sent = await outbox.enqueue(ctx.addFinalizedCase().id);
    await outbox.flush();
    ctx.settings = { ...ctx.settings, deliveryChannel: 'mail-form' };
    const fresh = await outbox.enqueue(ctx.addFinalizedCase().id);
    await outbox.flush();
    const items = await outbox.list();
    expect(items.find((i) => i.id === sent.id)).toMatchObject({ state: 'delivered', channel: 'endpoint' });
    expect(items.find((i) => i.id === fresh.id)).toMatchObject({ state: 'awaiting-hand-off', channel: 'mail-form' });
    await expect(outbox.markHandedOver(sent.id, { operator: '窓口 太郎' })).rejects.toMatchObject({ code: 'invalid-state' });
    expect(desk.stats().posts).toBe(1);
  });
});
