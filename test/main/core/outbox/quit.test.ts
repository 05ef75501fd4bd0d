// Prompt, safe quit, next to the crash test: with a request in flight to a desk that
// never answers, core.close() aborts it instead of waiting for the 30 s timeout; the item is left
// due with the same bytes and, after reopening, delivered exactly once.
import { afterEach, describe, expect, it } from 'vitest';
import { memorySecretStore, openCore, type Core } from '../../../../src-main/core';
import { DEFAULT_TIMEOUT_MS } from '../../../../src-main/core/outbox';
import { startDesk } from '../deliver-through-desk';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { TEST_STAFF } from '../open-test-core';
import { tempDir } from '../../../../tools/fixtures/desk-signing';
import { startBlackHole, type BlackHole } from '../../../../tools/fixtures/black-hole';
import { destinationLabel } from '../../../../src-shared/protocol/mail-form-destination';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('quit with a black-holed endpoint', () => {
  it('close() aborts the request in flight; after reopening the item is delivered exactly once', async () => {
    const dataDir = tempDir('quit');
    const secrets = memorySecretStore();
    const clock = { now: new Date('2026-05-01T03:00:00Z') };
    const open = () => openCore({ dataDir, secrets, now: () => clock.now });
    const hole: BlackHole = await startBlackHole();
    cleanups.push(() => hole.close());
    let core: Core = await open();
    await core.settings.update({ department: { code: 'engineering', name: '工学部' }, endpointUrl: hole.url, deliveryChannel: 'endpoint', staff: TEST_STAFF }, { operator: '窓口 太郎', confirmDestinations: [destinationLabel(hole.url)] });
    const draft = await core.cases.createDraft(completeCase(), { operator: '窓口 太郎' });
    await core.cases.finalize(draft.id, { operator: '窓口 太郎' });
    const item = await core.outbox.enqueue(draft.id);
    const flushing = core.outbox.flush().catch((e: unknown) => e);
    await expect.poll(() => hole.requests(), { interval: 10 }).toBe(1);

    const t0 = performance.now();
    await core.close();
    const ms = performance.now() - t0;
    console.log(`quit test: core.close() with a request in flight to a black hole took ${ms.toFixed(0)} ms (request timeout ${DEFAULT_TIMEOUT_MS / 1000} s)`);
    await flushing;
    expect(ms).toBeLessThan(DEFAULT_TIMEOUT_MS); // it did not wait for the request's timeout

    core = await open();
    cleanups.push(() => core.close());
    expect((await core.outbox.list())[0]).toMatchObject({ id: item.id, state: 'sending', attempts: 1 }); // due again, same bytes
    const { desk, stop } = await startDesk(core);
    cleanups.push(stop);
    const [after] = await core.outbox.flush();
    expect(after).toMatchObject({ id: item.id, state: 'delivered', attempts: 2 });
    await core.outbox.flush();
    expect(desk.stats().posts).toBe(1);
    expect(desk.store.count()).toBe(1);
    expect(hole.requests()).toBe(1);
  });

  it('stopping the scheduler (what quitting does first) aborts its flush as well', async () => {
    const dataDir = tempDir('quit-scheduler');
    const hole = await startBlackHole();
    cleanups.push(() => hole.close());
    const core = await openCore({ dataDir, secrets: memorySecretStore(), now: () => new Date('2026-05-01T03:00:00Z') });
    cleanups.push(() => core.close());
    await core.settings.update({ department: { code: 'engineering', name: '工学部' }, endpointUrl: hole.url, deliveryChannel: 'endpoint', staff: TEST_STAFF }, { operator: '窓口 太郎', confirmDestinations: [destinationLabel(hole.url)] });
    const draft = await core.cases.createDraft(completeCase(), { operator: '窓口 太郎' });
    await core.cases.finalize(draft.id, { operator: '窓口 太郎' });
    const scheduler = core.outbox.startScheduler();
    await core.outbox.enqueue(draft.id);
    scheduler.poke();
    await expect.poll(() => hole.requests(), { interval: 10 }).toBe(1);
    let stopped = false;
    const stopping = scheduler.stop().then(() => { stopped = true; });
    await expect.poll(() => stopped, { timeout: 2_000, interval: 10 }).toBe(true);
    await stopping;
  });
});
