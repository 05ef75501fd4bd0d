// Signed corrections: a correction recorded after hand-off or delivery becomes a
// signed correction notice (typ salvage-amendment+jws, department key, referring to the original
// submission) in its own outbox item on the installation's channel; the request is never changed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { JSONWebKeySet } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { AMENDMENT_JWS_TYP, findJws, verifyPasted, verifySubmission, type Registry } from '../../../../src-shared/protocol';
import { createOutbox } from '../../../../src-main/core/outbox';
import { createKeys } from '../../../../src-main/core/keys';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { fakeCoreContext } from '../../../support/fake-core-context';
import { openTestCore, tempDir, type TestCore } from '../open-test-core';

const STAFF = [{ name: '窓口 太郎', role: '学務係' }, { name: '確認 花子', role: '学務係長' }];
let t: TestCore | null = null;
afterEach(async () => {
  await t?.cleanup();
  t = null;
});

/** The desk's check of a notice with the shared verification module (CLI, receiver and page). */
async function verifyNotice(jws: string, jwks: JSONWebKeySet) {
  const registry = { keys: jwks.keys.map((k) => ({ ...k, department: 'engineering' })) } as Registry;
  const result = await verifySubmission(jws, registry);
  if (!result.ok) throw new Error(`${result.code}: ${result.message.en}`);
  expect(result.header.typ).toBe(AMENDMENT_JWS_TYP);
  if (result.kind !== 'amendment') throw new Error('not a correction notice');
  return result.payload;
}

async function handedOverCase(core: TestCore['core']) {
  await core.settings.update({ staff: STAFF }, { operator: '窓口 太郎' });
  const draft = await core.cases.createDraft(completeCase(), { operator: '窓口 太郎' });
  const c = await core.cases.finalize(draft.id, { operator: '窓口 太郎' });
  const request = await core.outbox.enqueue(c.id, { operator: '窓口 太郎' });
  return { c, request };
}

describe('correction notices through the real core (mail-form channel)', () => {
  it('every correction makes a signed notice at once, before or after the hand-off; the request text is unchanged', async () => {
    t = await openTestCore();
    const { core } = t;
    const { c, request } = await handedOverCase(core);
    await core.cases.amend(c.id, { field: 'applicant.nameKana', value: 'とうだい はなこ(訂正)', reason: '読みの誤記', by: '窓口 太郎' });
    // Not handed over yet: the notice follows the request (listed newest first, so above it).
    const before = await core.outbox.list();
    expect(before.map((i) => [i.kind, i.state])).toEqual([['amendment', 'awaiting-hand-off'], ['request', 'awaiting-hand-off']]);
    expect(before[0]!.amendsSubmissionId).toBe(request.id);
    const requestText = await core.outbox.mailFormText(request.id);

    await core.outbox.markHandedOver(request.id, { operator: '窓口 太郎', reference: '20345' });
    await core.cases.amend(c.id, { field: 'applicant.contactEmail', value: 'hanako.new@example.com', valueConfirm: 'hanako.new@example.com', reason: '申請者の申し出により連絡先を訂正', by: '確認 花子' });
    const items = await core.outbox.list();
    expect(items).toHaveLength(3);
    const notice = items.find((i) => i.kind === 'amendment' && i.id !== before[0]!.id)!;
    expect(notice).toMatchObject({ kind: 'amendment', channel: 'mail-form', state: 'awaiting-hand-off', amendsSubmissionId: request.id, caseId: c.id, caseNumber: c.caseNumber });
    expect(notice.id).not.toBe(request.id);
    expect((await core.cases.get(c.id)).status).toBe('handed-over'); // a notice never moves the case
    expect((await core.cases.list({ status: 'handed-over' })).map((v) => v.id)).toEqual([c.id]);

    const jwksFile = path.join(tempDir('jwks-'), 'k.jwks.json');
    await core.keys.exportPublicJwks(jwksFile);
    const jwks = JSON.parse(readFileSync(jwksFile, 'utf8')) as JSONWebKeySet;
    const text = await core.outbox.mailFormText(notice.id);
    expect(text).toContain('検証コード:');
    const payload = await verifyNotice(findJws(text)!, jwks);
    expect(payload).toMatchObject({
      type: 'salvage-amendment', submissionId: request.id, caseNumber: c.caseNumber, department: { code: 'engineering', name: '工学部' },
      field: 'applicant.contactEmail', oldValue: 'hanako@example.com', newValue: 'hanako.new@example.com',
      reason: '申請者の申し出により連絡先を訂正', by: { name: '確認 花子', role: '学務係長' },
    });
    expect(payload.amendmentId).toBe(notice.id);
    expect(text).toContain('訂正後: hanako.new@example.com');
    // The whole pasted block passes the desk's check, every labelled line compared with the signed notice.
    const pasted = await verifyPasted(text, { keys: jwks.keys.map((k) => ({ ...k, department: 'engineering' })) } as Registry);
    expect(pasted).toMatchObject({ ok: true });
    expect(await verifyPasted(text.replace('hanako.new@', 'someone.else@'), { keys: jwks.keys.map((k) => ({ ...k, department: 'engineering' })) } as Registry)).toMatchObject({ ok: false, code: 'text-mismatch' });
    expect(await core.outbox.mailFormText(request.id)).toBe(requestText); // the request's block never changes
    await core.outbox.markHandedOver(notice.id, { operator: '確認 花子' });
    await core.outbox.markHandedOver(before[0]!.id, { operator: '確認 花子' });
    expect((await core.outbox.list()).every((i) => i.state === 'handed-over')).toBe(true);
  });
});

describe('correction notices on the endpoint channel', () => {
  it('POSTed with its own Idempotency-Key (the amendment id) after its request, never before; the case stays delivered', async () => {
    const posts: { key: string | null; body: string }[] = [];
    const fetchStub: typeof fetch = async (_url, init) => {
      const headers = new Headers(init?.headers);
      posts.push({ key: headers.get('idempotency-key'), body: String(init?.body) });
      return new Response(JSON.stringify({ receiptId: `R-${posts.length}`, receivedAt: '2026-05-11T10:00:00+09:00' }), { status: 201 });
    };
    const ctx = fakeCoreContext({ fetch: fetchStub, endpointUrl: 'http://127.0.0.1:9/submissions' });
    ctx.settings = { ...ctx.settings, staff: STAFF };
    const keys = await createKeys(ctx);
    const outbox = createOutbox(ctx, { random: () => 0.5, signingKey: keys.signingKey });
    const c = ctx.addFinalizedCase();
    const request = await outbox.enqueue(c.id);
    // Corrected before the request left: the notice is queued at once, and waits for its request.
    const amendment = { field: 'request.services', oldValue: ['eccs-mail'], value: ['eccs-mail', 'onedrive'], reason: '申請者の申し出', by: '窓口 太郎', at: ctx.clock.toISOString() };
    ctx.db.transaction(() => ctx.events.emit({ type: 'amended', caseId: c.id, amendment }))();
    const notice = (await outbox.list()).find((i) => i.kind === 'amendment')!;
    expect(notice).toMatchObject({ kind: 'amendment', channel: 'endpoint', state: 'queued', amendsSubmissionId: request.id });
    expect((await outbox.flush()).find((i) => i.id === notice.id)).toMatchObject({ state: 'queued', attempts: 0 });
    const items = await outbox.flush();
    expect(items.find((i) => i.id === notice.id)).toMatchObject({ state: 'delivered', receiptId: 'R-2' });
    expect(posts.map((p) => p.key)).toEqual([request.id, notice.id]);
    const payload = await verifyNotice(posts[1]!.body, { keys: [{ ...(await keys.publicJwk()), alg: 'EdDSA', use: 'sig' }] });
    expect(payload).toMatchObject({ submissionId: request.id, field: 'request.services', oldValue: ['eccs-mail'], newValue: ['eccs-mail', 'onedrive'], by: { name: '窓口 太郎', role: '学務係' } });
    expect(ctx.getCase(c.id).status).toBe('delivered');
  });
});
