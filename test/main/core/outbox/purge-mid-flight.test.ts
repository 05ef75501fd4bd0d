// A retention purge that runs while the outbox is busy: a flush pass with requests in flight, or a
// mail form waiting on the network for its form id. Once the purge has run, nothing of the erased
// cases leaves this PC, and what the purge made final (needs-attention, erased) stays final.
import { afterEach, describe, expect, it } from 'vitest';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { destinationLabel } from '../../../../src-shared/protocol/mail-form-destination';
import type { MailFormDesktop } from '../../../../src-main/core/outbox/mail-form-desktop';
import { openTestCore, rejection, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';

const DAY = 86_400_000;
const ENDPOINT = 'https://desk.example.ac.jp/intake';
let t: TestCore;
afterEach(async () => { await t.cleanup(); });

interface Posted { readonly key: string; readonly body: string; readonly afterPurge: boolean }

/**
 * A desk whose answers wait until `release()`; `firstPost` resolves when the first request arrived.
 * `answer` makes each response (a 503 "retry in a second" unless given).
 */
function gatedDesk(answer: (key: string) => Response = () => new Response('{}', { status: 503, headers: { 'retry-after': '1' } })) {
  const posted: Posted[] = [];
  let purged = false;
  let release!: () => void;
  const gate = new Promise<void>((r) => { release = r; });
  let arrived!: () => void;
  const firstPost = new Promise<void>((r) => { arrived = r; });
  const fetch = (async (_url: unknown, init: RequestInit) => {
    const key = (init.headers as Record<string, string>)['idempotency-key']!;
    posted.push({ key, body: String(init.body), afterPurge: purged });
    arrived();
    await gate;
    return answer(key);
  }) as typeof globalThis.fetch;
  return { posted, fetch, firstPost, release: () => release(), purgeDone: () => { purged = true; } };
}

async function endpointRequests(n: number): Promise<string[]> {
  await t.core.settings.update({ endpointUrl: ENDPOINT, deliveryChannel: 'endpoint' }, { operator: '係長', confirmDestinations: [destinationLabel(ENDPOINT)] });
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const c = completeCase();
    const d = await t.core.cases.createDraft({ ...c, applicant: { ...c.applicant, utokyoAccount: `123456789${i}` } }, { operator: '窓口' });
    await t.core.cases.finalize(d.id, { operator: '係長' });
    ids.push((await t.core.outbox.enqueue(d.id)).id);
  }
  return ids;
}

async function purgeAYearLater(): Promise<void> {
  t.clock.now = new Date(t.clock.now.getTime() + 700 * DAY);
  expect((await t.core.purgeNow({ operator: '係長' })).purged).toBeGreaterThan(0);
}

describe('a purge during a flush pass', () => {
  it('stops the pass: no request leaves after it, the items stay erased, and the next pass sends nothing', async () => {
    const desk = gatedDesk();
    t = await openTestCore({ fetch: desk.fetch });
    await endpointRequests(6); // four in flight at once, two waiting their turn in the same pass
    const flushing = t.core.outbox.flush();
    await desk.firstPost;
    await purgeAYearLater();
    desk.purgeDone();
    desk.release();
    await flushing;
    expect(desk.posted.filter((p) => p.afterPurge)).toEqual([]);
    const items = await t.core.outbox.list();
    expect(items).toHaveLength(6);
    for (const item of items) expect(item).toMatchObject({ state: 'needs-attention', erased: true, nextAttemptAt: null, lastError: { code: 'erased' } });

    const before = desk.posted.length;
    t.clock.now = new Date(t.clock.now.getTime() + DAY);
    await t.core.outbox.flush();
    expect(desk.posted).toHaveLength(before);
    expect(desk.posted.every((p) => p.body.length > 0)).toBe(true);
    expect((await t.core.outbox.list()).every((i) => i.state === 'needs-attention' && i.lastError?.code === 'erased')).toBe(true);
  });

  it('a request the desk received while the purge ran is recorded as delivered, with no signed bytes left', async () => {
    const desk = gatedDesk((key) => new Response(JSON.stringify({ receiptId: `R-${key.slice(0, 8)}`, receivedAt: '2028-03-31T03:00:00Z' }), { status: 201 }));
    t = await openTestCore({ fetch: desk.fetch });
    const [id] = await endpointRequests(1);
    const flushing = t.core.outbox.flush();
    await desk.firstPost;
    await purgeAYearLater();
    desk.release();
    await flushing;
    expect((await t.core.outbox.list())[0]).toMatchObject({ id, state: 'delivered', erased: true, receiptId: `R-${id!.slice(0, 8)}`, lastError: null, payloadSha256: '' });
    await t.core.close();
    const db = await rawDb(t.dataDir, t.secrets);
    expect(db.prepare('SELECT jws FROM outbox WHERE id = ?').pluck().get(id)).toBe('');
    expect(db.prepare(`SELECT count(*) FROM audit WHERE action = 'deliver' AND case_id = (SELECT case_id FROM outbox WHERE id = ?)`).pluck().get(id)).toBe(1);
    db.close();
    await t.reopen();
  });
});

describe('an endpoint item without signed bytes', () => {
  it('is never posted with an empty body: it needs attention and says it was not signed', async () => {
    const desk = gatedDesk();
    desk.release();
    t = await openTestCore({ fetch: desk.fetch });
    const [id] = await endpointRequests(1);
    await t.core.close();
    const db = await rawDb(t.dataDir, t.secrets);
    db.prepare(`UPDATE outbox SET jws = '' WHERE id = ?`).run(id);
    db.close();
    await t.reopen();
    await t.core.outbox.flush();
    expect(desk.posted).toEqual([]);
    const item = (await t.core.outbox.list())[0];
    expect(item).toMatchObject({ state: 'needs-attention', nextAttemptAt: null, lastError: { code: 'unsigned' } });
    expect(item?.lastError?.message.ja).toContain('署名されていない');
  });
});

describe('a purge while the mail form waits for its form id', () => {
  const FORM_ID = '1FAIpQLSpurgeMidFlightFormId000';
  const TEMPLATE = `https://docs.google.com/forms/d/e/${FORM_ID}/viewform?usp=pp_url&entry.1=%7B%7BapplicantName%7D%7D&entry.2=%7B%7BcontactEmail%7D%7D`;

  /** A short link whose redirect waits until `release()`. */
  function slowShortLink() {
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    let asked!: () => void;
    const seen = new Promise<void>((r) => { asked = r; });
    const fetch = (async () => {
      asked();
      await gate;
      return new Response(null, { status: 302, headers: { location: `https://docs.google.com/forms/d/e/${FORM_ID}/viewform` } });
    }) as unknown as typeof globalThis.fetch;
    return { fetch, seen, release: () => release() };
  }

  async function awaitingItem(): Promise<string> {
    await t.core.settings.update({ deliveryChannel: 'mail-form', mailFormPrefillTemplate: TEMPLATE }, { operator: '係長' });
    const d = await t.core.cases.createDraft(completeCase(), { operator: '窓口' });
    await t.core.cases.finalize(d.id, { operator: '係長' });
    return (await t.core.outbox.enqueue(d.id)).id;
  }

  it('opens nothing and copies nothing: the call is refused as erased', async () => {
    const link = slowShortLink();
    t = await openTestCore({ fetch: link.fetch });
    const id = await awaitingItem();
    const desktop = { copied: [] as string[], opened: [] as string[] };
    const recording: MailFormDesktop = {
      copyText: async (s) => { desktop.copied.push(s); },
      openMailForm: async (u) => { desktop.opened.push(u); return true; },
    };
    const opening = t.core.outbox.openMailForm(id, { operator: '窓口' }, recording);
    await link.seen;
    await purgeAYearLater();
    link.release();
    expect((await rejection(opening)).code).toBe('purged');
    expect(desktop).toEqual({ copied: [], opened: [] });
  });

  it('gives no prefilled link either', async () => {
    const link = slowShortLink();
    t = await openTestCore({ fetch: link.fetch });
    const id = await awaitingItem();
    const asking = t.core.outbox.mailFormLink(id);
    await link.seen;
    await purgeAYearLater();
    link.release();
    expect((await rejection(asking)).code).toBe('purged');
  });
});
