import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_RECHECK_MS, MIN_GAP_MS, startScheduler } from '../../../../src-main/core/outbox/scheduler';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function rig(next: () => number | 'no-endpoint' | null) {
  const flush = vi.fn(async () => undefined);
  const s = startScheduler({ flush, nextDue: next, now: () => Date.now() }, () => undefined);
  return { flush, s };
}

describe('outbox scheduler', () => {
  it('flushes when the next item is due, not before', async () => {
    let due: number | null = Date.now() + 5000;
    const { flush, s } = rig(() => due);
    await vi.advanceTimersByTimeAsync(4999);
    expect(flush).not.toHaveBeenCalled();
    due = null; // nothing left after this flush
    await vi.advanceTimersByTimeAsync(1);
    expect(flush).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(flush).toHaveBeenCalledTimes(1);
    await s.stop();
  });

  it('re-checks every minute while no endpoint is configured', async () => {
    const { flush, s } = rig(() => 'no-endpoint');
    await vi.advanceTimersByTimeAsync(IDLE_RECHECK_MS - 1);
    expect(flush).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(flush).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(IDLE_RECHECK_MS);
    expect(flush).toHaveBeenCalledTimes(2);
    await s.stop();
  });

  it('waits while offline and flushes at once when the network returns', async () => {
    const due = Date.now() + 1000;
    const { flush, s } = rig(() => due);
    s.networkChanged(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(flush).not.toHaveBeenCalled();
    s.networkChanged(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(flush).toHaveBeenCalledTimes(1);
    await s.stop();
  });

  it('never spins on an item that stays due: at least a second between timer-driven flushes', async () => {
    const due = Date.now() - 1000; // e.g. left 'sending' by a failed write
    const { flush, s } = rig(() => due);
    await vi.advanceTimersByTimeAsync(0);
    expect(flush).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(MIN_GAP_MS - 1);
    expect(flush).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(flush).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(10 * MIN_GAP_MS);
    expect(flush).toHaveBeenCalledTimes(12);
    await s.stop();
  });

  it('stop() waits for the running flush and no timer fires afterwards', async () => {
    let finish: () => void = () => undefined;
    const flush = vi.fn(() => new Promise<void>((r) => { finish = r; }));
    const s = startScheduler({ flush, nextDue: () => Date.now(), now: () => Date.now() }, () => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(flush).toHaveBeenCalledTimes(1);
    let stopped = false;
    const stopping = s.stop().then(() => { stopped = true; });
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(flush).toHaveBeenCalledTimes(1);
  });
});
