// Fault storm: 1,000 submissions through the real core while about 30 % of the desk's answers go
// wrong in every injected way (503 before storing, 500 after storing, connection reset after
// storing, a response slower than the client's timeout). In the end every submission is delivered
// and the desk holds exactly 1,000 distinct submissions, each with the receipt the app recorded.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memorySecretStore, openCore, type Core } from '../../../../src-main/core';
import { TEST_STAFF } from '../open-test-core';
import { faultKinds, registerExportedFile, startReceiver, type Receiver } from '../../../../tools/desk';
import { sha256Hex } from '../../../../tools/desk/desk-store';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { tempDir } from '../../../../tools/fixtures/desk-signing';
import { destinationLabel } from '../../../../src-shared/protocol/mail-form-destination';

const N = 1000;
const CLIENT_TIMEOUT_MS = 250;
let core: Core;
let desk: Receiver;
let dataDir: string;
const clock = { now: new Date('2026-05-01T03:00:00Z') };

// The outbox's own timeout is 30 s; a shorter one is imposed through the injected fetch, exactly
// as a slow network would abort it.
const impatientFetch: typeof fetch = (input, init) =>
  fetch(input, { ...init, signal: AbortSignal.any([...(init?.signal ? [init.signal] : []), AbortSignal.timeout(CLIENT_TIMEOUT_MS)]) });

beforeAll(async () => {
  dataDir = tempDir('storm');
  const deskDir = tempDir('storm-desk');
  core = await openCore({ dataDir, secrets: memorySecretStore(), fetch: impatientFetch, now: () => clock.now });
  const keysFile = path.join(deskDir, 'departments.jwks.json');
  await core.keys.exportPublicJwks(keysFile);
  await registerExportedFile(keysFile, keysFile, 'engineering');
  desk = await startReceiver({ keys: keysFile, dataDir: deskDir, host: '127.0.0.1' });
  await core.settings.update({ department: { code: 'engineering', name: '工学部' }, staff: TEST_STAFF, endpointUrl: desk.url, deliveryChannel: 'endpoint' }, { operator: '窓口 太郎', confirmDestinations: [destinationLabel(desk.url)] });
  const input = completeCase();
  for (let i = 0; i < N; i++) {
    const draft = await core.cases.createDraft({ ...input, applicant: { ...input.applicant, utokyoAccount: String(1_000_000_000 + i) } });
    await core.cases.finalize(draft.id, { operator: '窓口 太郎' });
    await core.outbox.enqueue(draft.id);
  }
}, 120_000);
afterAll(async () => {
  await core?.close();
  await desk?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('fault storm', () => {
  it('delivers 1,000 submissions exactly once through ~30 % injected faults', async () => {
    desk.faults.delayMs = CLIENT_TIMEOUT_MS + 100;
    desk.faults.retryAfterSeconds = 1;
    desk.faults.random({ rate: 0.3, kinds: faultKinds, seed: 20251001 });
    let items = await core.outbox.list();
    let rounds = 0;
    while (items.some((i) => i.state !== 'delivered') && rounds < 40) {
      items = await core.outbox.flush();
      clock.now = new Date(clock.now.getTime() + 16 * 60_000); // past any backoff (cap 15 min)
      rounds++;
    }
    desk.faults.clear();
    const stats = desk.stats();
    const faulted = Object.values(stats.faults).reduce((a, b) => a + b, 0);
    console.log(`fault storm: ${stats.posts} requests in ${rounds} rounds, faults ${JSON.stringify(stats.faults)}, statuses ${JSON.stringify(stats.byStatus)}`);

    expect(items).toHaveLength(N);
    expect(items.filter((i) => i.state !== 'delivered')).toEqual([]);
    expect(desk.store.count()).toBe(N);
    expect(new Set(desk.store.ids())).toEqual(new Set(items.map((i) => i.id)));
    for (const kind of faultKinds) expect(stats.faults[kind]).toBeGreaterThan(30);
    expect(faulted / stats.posts).toBeGreaterThan(0.25);
    expect(stats.byStatus[200]).toBeGreaterThan(0); // replays of submissions stored before a fault
    for (const item of items) {
      const stored = desk.store.get(item.id)!;
      expect(item.receiptId).toBe(stored.receiptId); // the app holds the desk's first receipt
      expect(sha256Hex(Buffer.from(stored.jws.split('.')[1]!, 'base64url'))).toBe(item.payloadSha256);
    }
  }, 120_000);
});
