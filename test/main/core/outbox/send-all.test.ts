// "Send everything now", "retry now" during a flight and bounded
// receipts, against the reference receiver and small stand-in desks.
import { afterEach, describe, expect, it } from 'vitest';
import type { Receiver } from '../../../../tools/desk';
import { outboxRig } from './support';

const open: Receiver[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});
async function rig(options: Parameters<typeof outboxRig>[0] = {}) {
  const r = await outboxRig(options);
  open.push(r.desk);
  return r;
}

describe('sendAllNow', () => {
  it('sends items still waiting for their next try at once, and reports sent and still failing (with the reason)', async () => {
    const { ctx, outbox, desk } = await rig();
    desk.faults.retryAfterSeconds = 3600;
    desk.faults.failNext(3, 'unavailable');
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await outbox.enqueue(ctx.addFinalizedCase().id)).id);
    const waiting = await outbox.flush();
    expect(waiting.every((i) => i.state === 'queued' && Date.parse(i.nextAttemptAt!) - ctx.clock.getTime() === 3_600_000)).toBe(true);
    expect((await outbox.flush()).every((i) => i.attempts === 1)).toBe(true); // a plain flush waits
    desk.faults.failNext(1, 'unavailable'); // the desk is back, one answer is still a 503
    const result = await outbox.sendAllNow({ operator: '窓口 太郎' });
    expect(result.delivered).toBe(2);
    expect(result.notSent).toBe(0);
    expect(result.stillFailing).toHaveLength(1);
    const failing = (await outbox.list()).find((i) => i.state !== 'delivered')!;
    expect(result.stillFailing[0]).toEqual({ id: failing.id, caseNumber: failing.caseNumber, message: failing.lastError!.message });
    expect(result.stillFailing[0]!.message.ja).toMatch(/HTTP 503/);
    expect(ctx.auditLog.filter((e) => e.action === 'send-all')).toEqual([expect.objectContaining({ operator: '窓口 太郎', details: { items: 3 } })]);
  });

  it('with no endpoint configured nothing is tried: every queued item is counted as not sent', async () => {
    const { ctx, outbox, desk } = await rig();
    ctx.settings = { ...ctx.settings, endpointUrl: null };
    await outbox.enqueue(ctx.addFinalizedCase().id);
    await outbox.enqueue(ctx.addFinalizedCase().id);
    expect(await outbox.sendAllNow({ operator: '窓口 太郎' })).toEqual({ delivered: 0, stillFailing: [], notSent: 2 });
    expect(desk.stats().posts).toBe(0);
  });
});

describe('retry now while the request is in flight', () => {
  it('is kept: the slow attempt answers 503 "retry in an hour", yet the item is sent again at once and delivered', async () => {
    let calls = 0;
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => { release = r; });
    let entered: () => void = () => undefined;
    const inFlight = new Promise<void>((r) => { entered = r; });
    const fetchStub: typeof fetch = async () => {
      calls++;
      if (calls === 1) {
        entered();
        await held;
        return new Response('', { status: 503, headers: { 'retry-after': '3600' } });
      }
      return new Response(JSON.stringify({ receiptId: 'R-1', receivedAt: '2026-05-11T10:00:00+09:00' }), { status: 201 });
    };
    const { ctx, outbox } = await rig({ fetch: fetchStub });
    const item = await outbox.enqueue(ctx.addFinalizedCase().id);
    const flushing = outbox.flush();
    await inFlight;
    expect((await outbox.list())[0]!.state).toBe('sending');
    const pressed = await outbox.retry(item.id, { operator: '窓口 太郎' });
    expect(pressed.state).toBe('sending'); // not claimed twice while the first request is out
    release();
    const [done] = await flushing;
    expect(done).toMatchObject({ state: 'delivered', receiptId: 'R-1', attempts: 2 });
    expect(calls).toBe(2);
  });
});

describe('receipt bodies', () => {
  it('are read up to 64 KB: a 201 streaming more (here: endlessly) is not a receipt, retried later, and the read ends', async () => {
    const chunk = new Uint8Array(16 * 1024).fill(0x20);
    let pulled = 0;
    const fetchStub: typeof fetch = async () => new Response(new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
      },
    }), { status: 201 });
    const { ctx, outbox } = await rig({ fetch: fetchStub });
    await outbox.enqueue(ctx.addFinalizedCase().id);
    const [item] = await outbox.flush();
    expect(item).toMatchObject({ state: 'queued', lastError: expect.objectContaining({ code: 'bad-receipt' }) });
    expect(pulled).toBeLessThanOrEqual(8); // 64 KB is four chunks; the stream may pull a little ahead
  });
});
