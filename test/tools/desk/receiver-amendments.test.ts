// The receiver accepts correction notices (typ salvage-amendment+jws) at the same endpoint, with
// Idempotency-Key = amendmentId, stored beside the requests — only for a request it holds, from the
// same department, whose current value is the notice's old value; otherwise a typed 404/409. It
// says loudly at start that registry entries without a department are not trusted.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver } from '../../../tools/desk';
import { samplePayload } from '../../../tools/fixtures/sample-payload';
import { sampleAmendment, signAmendment } from '../../shared/protocol/verify/support';
import { post, tempDir, testDepartment } from '../../../tools/fixtures/desk-signing';

let desk: Receiver | undefined;
afterEach(async () => {
  await desk?.close();
  desk = undefined;
});

describe('reference receiver: correction notices and untrusted keys', () => {
  it('stores a signed correction notice under its amendmentId in amendments/, replays it, and refuses it under the request id', async () => {
    const dept = await testDepartment();
    const dataDir = tempDir('amend');
    desk = await startReceiver({ keys: dept.registry, dataDir, host: '127.0.0.1' });
    const request = samplePayload();
    expect((await post(desk.url, await dept.sign(request), request.submissionId)).status).toBe(201);
    const notice = sampleAmendment({ submissionId: request.submissionId });
    const jws = await signAmendment(dept, notice);
    expect((await post(desk.url, jws, notice.submissionId)).status).toBe(422); // that id is the stored request's
    const first = await post(desk.url, jws, notice.amendmentId);
    expect(first.status).toBe(201);
    const again = await post(desk.url, jws, notice.amendmentId);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    expect(desk.stats()).toMatchObject({ stored: 1, amendments: 1 });
    expect(readdirSync(path.join(dataDir, 'amendments'))).toEqual([`${notice.amendmentId}.json`]);
  });

  it('refuses a notice for a request it never received (404), for another department\'s request, or with an old value that is not current (409), by name', async () => {
    const dept = await testDepartment();
    const law = await testDepartment();
    const registry = { keys: [...dept.registry.keys, { ...law.registry.keys[0]!, department: 'law' }] };
    desk = await startReceiver({ keys: registry, dataDir: tempDir('amend-refuse'), host: '127.0.0.1' });
    const request = samplePayload();
    const errorOf = async (r: Response) => [r.status, ((await r.json()) as { error: string }).error];
    const send = async (signer: typeof dept, n: ReturnType<typeof sampleAmendment>) => errorOf(await post(desk!.url, await signAmendment(signer, n), n.amendmentId));

    expect(await send(dept, sampleAmendment({ submissionId: request.submissionId }))).toEqual([404, 'unknown-submission']);
    expect((await post(desk.url, await dept.sign(request), request.submissionId)).status).toBe(201);
    expect(await send(law, sampleAmendment({ submissionId: request.submissionId, department: { code: 'law', name: '法学部' } }))).toEqual([409, 'other-department']);
    expect(await send(dept, sampleAmendment({ submissionId: request.submissionId, oldValue: 'someone@example.com' }))).toEqual([409, 'stale-old-value']);

    // A chain: the second notice's old value is the first one's new value.
    const first = sampleAmendment({ submissionId: request.submissionId, createdAt: '2026-05-12T09:00:00+09:00' });
    expect((await post(desk.url, await signAmendment(dept, first), first.amendmentId)).status).toBe(201);
    expect(await send(dept, sampleAmendment({ submissionId: request.submissionId, createdAt: '2026-05-13T09:00:00+09:00' }))).toEqual([409, 'stale-old-value']);
    const second = sampleAmendment({ submissionId: request.submissionId, createdAt: '2026-05-13T09:00:00+09:00', oldValue: 'hanako@example.net', newValue: 'hanako@example.org' });
    expect((await post(desk.url, await signAmendment(dept, second), second.amendmentId)).status).toBe(201);
    expect(desk.stats()).toMatchObject({ stored: 1, amendments: 2 });
  });

  it('says at start which registry keys have no department, and refuses what they sign (401 registry-invalid)', async () => {
    const trusted = await testDepartment();
    const bare = await testDepartment();
    const logs: string[] = [];
    desk = await startReceiver({ keys: { keys: [...trusted.registry.keys, ...bare.jwks.keys] }, dataDir: tempDir('untrusted'), host: '127.0.0.1', log: (l) => logs.push(l) });
    expect(logs.join('\n')).toContain(`NOT trusted: ${bare.jwk.kid}`);
    const p = samplePayload();
    const r = await post(desk.url, await bare.sign(p), p.submissionId);
    expect(r.status).toBe(401);
    expect(((await r.json()) as { error: string }).error).toBe('registry-invalid');
    const q = samplePayload();
    expect((await post(desk.url, await trusted.sign(q), q.submissionId)).status).toBe(201);
  });
});
