// Through the real core (encrypted SQLite file, openCore) to the reference receiver over real HTTP
// on 127.0.0.1: enqueue → flush → delivered; offline → backoff → desk back → delivered once.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memorySecretStore, openCore, type Core, type SecretStore } from '../../../../src-main/core';
import { TEST_STAFF } from '../open-test-core';
import { registerExportedFile, startReceiver, type Receiver } from '../../../../tools/desk';
import { runVerify } from '../../../../tools/desk/verify-cli';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { tempDir } from '../../../../tools/fixtures/desk-signing';
import { destinationLabel } from '../../../../src-shared/protocol/mail-form-destination';

let dataDir: string;
let secrets: SecretStore;
let clock: { now: Date };
let core: Core;
let desk: Receiver;
let deskDir: string;
let keysFile: string;

const open = () => openCore({ dataDir, secrets, now: () => clock.now });

async function finalizedCase(account: string): Promise<string> {
  const input = completeCase();
  const draft = await core.cases.createDraft({ ...input, applicant: { ...input.applicant, utokyoAccount: account } }, { operator: '窓口 太郎' });
  await core.cases.finalize(draft.id, { operator: '窓口 太郎' });
  return draft.id;
}

beforeEach(async () => {
  dataDir = tempDir('core');
  deskDir = tempDir('desk');
  secrets = memorySecretStore();
  clock = { now: new Date('2026-05-01T03:00:00Z') };
  core = await open();
  await core.settings.update({ staff: TEST_STAFF }, { operator: '窓口 太郎' }); // operators are staff
  keysFile = path.join(deskDir, 'departments.jwks.json');
  await core.keys.exportPublicJwks(keysFile, { operator: '係長' });
  await registerExportedFile(keysFile, keysFile, 'engineering');
  desk = await startReceiver({ keys: keysFile, dataDir: deskDir, host: '127.0.0.1', now: () => clock.now });
  await core.settings.update({ department: { code: 'engineering', name: '工学部' }, endpointUrl: desk.url, deliveryChannel: 'endpoint' }, { operator: '窓口 太郎', confirmDestinations: [destinationLabel(desk.url)] });
});
afterEach(async () => {
  await core.close();
  await desk.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('outbox end to end (openCore + reference receiver)', () => {
  it('enqueue → flush → delivered with the receipt; the state survives a restart; an amendment never changes the sent bytes', async () => {
    const id = await finalizedCase('1234567890');
    const queued = await core.outbox.enqueue(id, { operator: '窓口 太郎' });
    expect((await core.cases.get(id)).status).toBe('queued');
    const mailForm = await core.outbox.mailFormText(queued.id);

    await core.cases.amend(id, { field: 'applicant.nameKana', value: 'とうだい はなこ(訂正)', reason: '読みの訂正', by: '係長' });
    expect(await core.outbox.mailFormText(queued.id)).toBe(mailForm);

    // The correction's notice follows the request: delivered by the next flush, never before it.
    const item = (await core.outbox.flush()).find((i) => i.id === queued.id);
    const stored = desk.store.get(queued.id)!;
    expect(item).toMatchObject({ state: 'delivered', receiptId: stored.receiptId, payloadSha256: queued.payloadSha256 });
    expect((await core.cases.get(id)).status).toBe('delivered');
    expect(mailForm).toContain(stored.jws);

    await core.close();
    core = await open();
    const after = (await core.outbox.list()).find((i) => i.id === queued.id);
    expect(after).toMatchObject({ state: 'delivered', receiptId: stored.receiptId });
    await core.outbox.flush();
    expect(desk.stats().posts).toBe(2); // the request once, then its correction notice once
    expect(await core.verifyAudit()).toMatchObject({ ok: true });

    let out = '';
    const code = await runVerify(['-', '--keys', keysFile], { stdout: (s) => { out += s; }, stderr: () => undefined, readStdin: async () => mailForm });
    expect(code).toBe(0);
    expect(out).toContain(`案件番号: ${item!.caseNumber}`);
  });

  it('desk down: stays queued with a next attempt time; desk back on the same port: delivered exactly once', async () => {
    const port = desk.port;
    await desk.close();
    const ids = [await finalizedCase('1111111111'), await finalizedCase('2222222222')];
    for (const id of ids) await core.outbox.enqueue(id);
    const failed = await core.outbox.flush();
    expect(failed.map((i) => [i.state, i.attempts, i.lastError?.code])).toEqual([['queued', 1, 'network'], ['queued', 1, 'network']]);
    for (const i of failed) expect(Date.parse(i.nextAttemptAt!)).toBeGreaterThanOrEqual(clock.now.getTime());

    // restart the app while offline: the queue is in the database
    await core.close();
    core = await open();
    desk = await startReceiver({ keys: keysFile, dataDir: deskDir, port, host: '127.0.0.1', now: () => clock.now });
    clock.now = new Date(clock.now.getTime() + 16 * 60_000);
    const delivered = await core.outbox.flush();
    expect(delivered.map((i) => i.state)).toEqual(['delivered', 'delivered']);
    expect(desk.stats()).toMatchObject({ posts: 2, stored: 2 });
    for (const id of ids) expect((await core.cases.get(id)).status).toBe('delivered');
  });

  it('a rotated key: the desk registers the new JWKS and both old and new submissions verify', async () => {
    const first = await finalizedCase('3333333333');
    await core.outbox.enqueue(first);
    await core.keys.rotate({ operator: '係長' });
    const second = await finalizedCase('4444444444');
    await core.outbox.enqueue(second);
    await core.keys.exportPublicJwks(keysFile, { operator: '係長' });
    await registerExportedFile(keysFile, keysFile, 'engineering');
    const items = await core.outbox.flush();
    expect(items.map((i) => i.state)).toEqual(['delivered', 'delivered']);
    expect(new Set([desk.store.get(items[0]!.id)!.kid, desk.store.get(items[1]!.id)!.kid]).size).toBe(2);
  });
});
