import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createOutbox } from '../../../../src-main/core/outbox';
import { startReceiver, verifySubmission, type Receiver } from '../../../../tools/desk';
import { advance, outboxRig } from './support';

const open: Receiver[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});
async function rig(options: Parameters<typeof outboxRig>[0] = {}) {
  const r = await outboxRig(options);
  open.push(r.desk);
  return r;
}

describe('enqueue', () => {
  it('signs the finalized case once: item queued, case queued, hash of the signed bytes kept, audit without personal data', async () => {
    const { ctx, outbox, jwks } = await rig();
    const c = ctx.addFinalizedCase();
    const item = await outbox.enqueue(c.id, { operator: '窓口 太郎' });
    expect(item).toMatchObject({ id: c.submissionId, caseId: c.id, caseNumber: c.caseNumber, state: 'queued', attempts: 0, receiptId: null });
    expect(ctx.getCase(c.id).status).toBe('queued');

    const jws = (ctx.db.prepare('SELECT jws FROM outbox WHERE id = ?').get(item.id) as { jws: string }).jws;
    const verified = await verifySubmission(jws, jwks);
    if (!verified.ok || verified.kind !== 'request') throw new Error(verified.ok ? verified.kind : verified.code);
    expect(verified.payload).toMatchObject({
      submissionId: c.submissionId, caseNumber: c.caseNumber, createdAt: '2026-05-11T10:00:00+09:00',
      department: { code: 'engineering', name: '工学部' },
      applicant: { utokyoAccount: '1234567890', studentNumber: '03-123456', faculty: { code: 'engineering', name: '工学部' } },
      eligibility: { departureDate: '2026-03-31', accountExpiry: '2026-04-01', deadline: '2026-09-28' },
      verification: { method: 'in-person', documentType: 'drivers-license', verifiedAt: '2026-05-11T09:59:00+09:00', verifier: { name: '窓口 太郎', role: '学務係' } },
    });
    expect(verified.payload.verification.checklist).toHaveLength(7);
    expect(item.payloadSha256).toBe(createHash('sha256').update(verified.payloadBytes).digest('hex'));
    expect(outbox.payloadHashFor(c.id)).toBe(item.payloadSha256);

    const again = await outbox.enqueue(c.id);
    expect(again).toEqual(item);
    const audit = ctx.auditLog.filter((e) => e.action === 'enqueue');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.operator).toBe('窓口 太郎');
    expect(JSON.stringify(audit[0]!.details)).not.toMatch(/1234567890|花子|hanako|03-123456/);
  });

  it('refuses a case that is not finalized', async () => {
    const { ctx, outbox } = await rig();
    const c = ctx.addFinalizedCase();
    ctx.cases.set(c.id, { ...c, status: 'draft' });
    await expect(outbox.enqueue(c.id)).rejects.toMatchObject({ code: 'invalid-state' });
    expect(await outbox.list()).toEqual([]);
  });
});

describe('flush', () => {
  it('delivers with the receipt, sends the stored bytes with the Idempotency-Key, and does not send twice', async () => {
    const { ctx, outbox, desk } = await rig();
    const c = ctx.addFinalizedCase();
    const queued = await outbox.enqueue(c.id);
    const [item] = await outbox.flush();
    const stored = desk.store.get(c.submissionId!)!;
    expect(item).toMatchObject({ state: 'delivered', attempts: 1, receiptId: stored.receiptId, receivedAt: stored.receivedAt, lastError: null, nextAttemptAt: null });
    expect(createHash('sha256').update(stored.jws).digest('hex')).toBe(createHash('sha256').update((ctx.db.prepare('SELECT jws FROM outbox').get() as { jws: string }).jws).digest('hex'));
    expect(ctx.getCase(c.id).status).toBe('delivered');
    expect(item!.payloadSha256).toBe(queued.payloadSha256);
    await outbox.flush();
    expect(desk.stats().posts).toBe(1);
    expect(ctx.auditLog.filter((e) => e.action === 'deliver')).toHaveLength(1);
  });

  it('with no endpoint: stays queued, sends nothing, explains the mail-form fallback; the mail-form text verifies', async () => {
    const { ctx, outbox, desk, jwks } = await rig();
    ctx.settings = { ...ctx.settings, endpointUrl: null };
    const c = ctx.addFinalizedCase();
    await outbox.enqueue(c.id);
    const [item] = await outbox.flush();
    expect(item).toMatchObject({ state: 'queued', attempts: 0 });
    expect(item!.lastError?.code).toBe('no-endpoint');
    expect(item!.lastError?.nextStep.en).toMatch(/mail-form text/);
    expect(desk.stats().posts).toBe(0);
    const text = await outbox.mailFormText(item!.id);
    expect(text).toContain('検証コード:');
    expect(text).toContain(`案件番号: ${c.caseNumber}`);
    const { findJws } = await import('../../../../src-shared/protocol');
    expect((await verifySubmission(findJws(text)!, jwks)).ok).toBe(true);
  });

  it('after the retention purge blanks the stored JWS, the mail-form text is refused with a reason', async () => {
    const { ctx, outbox } = await rig();
    const c = ctx.addFinalizedCase();
    const item = await outbox.enqueue(c.id);
    await outbox.flush();
    ctx.db.prepare(`UPDATE outbox SET jws = '' WHERE case_id = ? AND state = 'delivered'`).run(c.id); // as retention/purge.ts does
    await expect(outbox.mailFormText(item.id)).rejects.toMatchObject({ code: 'invalid-state' });
    expect(outbox.payloadHashFor(c.id)).toBe(item.payloadSha256);
  });

  it('refuses plain http to anything but loopback', async () => {
    const { ctx, outbox, desk } = await rig();
    ctx.settings = { ...ctx.settings, endpointUrl: 'http://desk.example.ac.jp/submissions' };
    await outbox.enqueue(ctx.addFinalizedCase().id);
    const [item] = await outbox.flush();
    expect(item!.lastError?.code).toBe('endpoint-invalid');
    expect(desk.stats().posts).toBe(0);
  });

  it('receiver down: queued with backoff, not retried before it is due; receiver up again: delivered once', async () => {
    const { ctx, outbox, desk, jwks, deskDir } = await rig();
    const port = desk.port;
    await desk.close();
    const c = ctx.addFinalizedCase();
    await outbox.enqueue(c.id);
    const [failed] = await outbox.flush();
    expect(failed).toMatchObject({ state: 'queued', attempts: 1 });
    expect(failed!.lastError?.code).toBe('network');
    // full jitter with random() = 0.5 on attempt 1: half of the 2 s base
    expect(Date.parse(failed!.nextAttemptAt!) - ctx.clock.getTime()).toBe(1000);
    expect(ctx.getCase(c.id).status).toBe('queued');

    const back = await startReceiver({ keys: jwks, dataDir: deskDir, port, host: '127.0.0.1' });
    open.push(back);
    await outbox.flush();
    expect(back.stats().posts).toBe(0);
    advance(ctx, 1000);
    const [item] = await outbox.flush();
    expect(item).toMatchObject({ state: 'delivered', attempts: 2 });
    expect(back.stats().stored).toBe(1);
  });

  it('backoff grows exponentially and is capped at 15 minutes', async () => {
    const { ctx, outbox, desk } = await rig({ random: () => 0.999999 });
    await desk.close();
    await outbox.enqueue(ctx.addFinalizedCase().id);
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const [item] = await outbox.flush();
      const wait = Date.parse(item!.nextAttemptAt!) - ctx.clock.getTime();
      waits.push(Math.round(wait / 1000));
      advance(ctx, wait);
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900]);
  });

  it('503 honours Retry-After in seconds; 409 retries; the replay after a 500-after-store gets the first receipt', async () => {
    const { ctx, outbox, desk } = await rig();
    desk.faults.retryAfterSeconds = 120;
    desk.faults.failNext(1, 'unavailable');
    const c = ctx.addFinalizedCase();
    await outbox.enqueue(c.id);
    const [busy] = await outbox.flush();
    expect(busy!.lastError?.code).toBe('busy');
    expect(Date.parse(busy!.nextAttemptAt!) - ctx.clock.getTime()).toBe(120_000);

    advance(ctx, 120_000);
    desk.faults.failNext(1, 'error-after-store');
    const [err] = await outbox.flush();
    expect(err).toMatchObject({ state: 'queued', attempts: 2 });
    expect(err!.lastError?.code).toBe('server-error');
    const receipt = desk.store.get(c.submissionId!)!.receiptId;

    advance(ctx, 60_000);
    const [ok] = await outbox.flush();
    expect(ok).toMatchObject({ state: 'delivered', attempts: 3, receiptId: receipt });
    expect(desk.stats().byStatus[200]).toBe(1);
  });

  it('a timeout is retried with the same bytes and ends delivered with the receipt the desk gave first', async () => {
    const { ctx, outbox, desk } = await rig({ timeoutMs: 150 });
    desk.faults.delayMs = 600;
    desk.faults.failNext(1, 'delay');
    const c = ctx.addFinalizedCase();
    await outbox.enqueue(c.id);
    const [slow] = await outbox.flush();
    expect(slow!.lastError?.code).toBe('timeout');
    await new Promise((r) => setTimeout(r, 600)); // the desk finishes the first request
    advance(ctx, 60_000);
    const [ok] = await outbox.flush();
    expect(ok).toMatchObject({ state: 'delivered', receiptId: desk.store.get(c.submissionId!)!.receiptId });
    expect(desk.stats().stored).toBe(1);
  });

  it('401 (key not registered) → needs attention with the next step; after registering, retry now delivers', async () => {
    const { ctx, outbox, desk, jwks, keys } = await rig({ register: false });
    const c = ctx.addFinalizedCase();
    await outbox.enqueue(c.id);
    const [item] = await outbox.flush();
    expect(item).toMatchObject({ state: 'needs-attention', nextAttemptAt: null });
    expect(item!.lastError?.code).toBe('unknown-key');
    expect(item!.lastError?.nextStep.en).toMatch(/Export the public key in Settings/);
    expect(ctx.getCase(c.id).status).toBe('needs-attention');
    advance(ctx, 3_600_000);
    await outbox.flush();
    expect(desk.stats().posts).toBe(1); // permanent: no automatic retry

    jwks.keys.push({ ...(await keys.publicJwk()), department: 'engineering' });
    const retried = await outbox.retry(item!.id, { operator: '窓口 太郎' });
    expect(retried).toMatchObject({ state: 'queued', lastError: null });
    const [ok] = await outbox.flush();
    expect(ok!.state).toBe('delivered');
    expect(ctx.auditLog.map((e) => e.action)).toEqual(['enqueue', 'needs-attention', 'retry', 'deliver']);
  });

  it('422 (same id, different bytes at the desk) → needs attention, never resent automatically', async () => {
    const { ctx, outbox, desk } = await rig();
    const c = ctx.addFinalizedCase();
    await outbox.enqueue(c.id);
    desk.store.put(c.submissionId!, 'other', 'x.y.z', new Date().toISOString());
    const [item] = await outbox.flush();
    expect(item!.state).toBe('needs-attention');
    expect(item!.lastError?.code).toBe('key-reused');
  });

  it('an item left "sending" by a crash is due at the next open and sent with the same bytes', async () => {
    const { ctx, outbox, desk, keys } = await rig();
    const c = ctx.addFinalizedCase();
    const queued = await outbox.enqueue(c.id);
    ctx.db.prepare(`UPDATE outbox SET state = 'sending', attempts = 1`).run();
    expect(ctx.getCase(c.id).status).toBe('sending');
    const reopened = createOutbox(ctx, { signingKey: keys.signingKey });
    const [item] = await reopened.flush();
    expect(item).toMatchObject({ state: 'delivered', attempts: 2, payloadSha256: queued.payloadSha256 });
    expect(desk.stats().stored).toBe(1);
  });

  it('runs one flush at a time: concurrent flush calls send each item once', async () => {
    const { ctx, outbox, desk } = await rig();
    for (let i = 0; i < 20; i++) await outbox.enqueue(ctx.addFinalizedCase().id);
    await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);
    expect(desk.stats().posts).toBe(20);
    expect(desk.stats().stored).toBe(20);
  });
});

describe('scheduler and notifications', () => {
  it('sends what is queued without a manual flush, waits while offline, and sends when the network returns', async () => {
    const { ctx, outbox, desk } = await rig();
    ctx.clock = new Date(); // real time for the timers
    const seen: string[][] = [];
    const off = outbox.onChange((items) => seen.push(items.map((i) => i.state)));
    const scheduler = outbox.startScheduler();
    const first = ctx.addFinalizedCase();
    await outbox.enqueue(first.id);
    await expect.poll(() => ctx.getCase(first.id).status, { timeout: 5000 }).toBe('delivered');

    scheduler.networkChanged(false);
    const second = ctx.addFinalizedCase();
    await outbox.enqueue(second.id);
    await new Promise((r) => setTimeout(r, 200));
    expect(ctx.getCase(second.id).status).toBe('queued');
    scheduler.networkChanged(true);
    await expect.poll(() => ctx.getCase(second.id).status, { timeout: 5000 }).toBe('delivered');
    await scheduler.stop();
    expect(desk.stats().stored).toBe(2);
    expect(seen.some((s) => s.includes('queued'))).toBe(true);
    await expect.poll(() => seen.at(-1), { timeout: 5000 }).toEqual(['delivered', 'delivered']); // notifications are coalesced
    off();
  });
});

describe('testConnection', () => {
  it('reports reachable, unreachable and insecure endpoints in plain language', async () => {
    const { outbox, desk } = await rig();
    expect(await outbox.testConnection(desk.url)).toMatchObject({ ok: true, status: 204 });
    const port = desk.port;
    await desk.close();
    const down = await outbox.testConnection(`http://127.0.0.1:${port}/submissions`);
    expect(down).toMatchObject({ ok: false, status: null });
    expect(down.message.en).toMatch(/Could not connect/);
    const insecure = await outbox.testConnection('http://desk.example.ac.jp/');
    expect(insecure.ok).toBe(false);
    expect(insecure.message.ja).toMatch(/https/);
  });
});
