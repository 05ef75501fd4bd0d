// The receiver accepts correction notices (typ salvage-amendment+jws) at the same endpoint, with
// Idempotency-Key = amendmentId, stored beside the requests; and it says loudly at start that
// registry entries without a department are not trusted, then refuses what they sign.
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
    const notice = sampleAmendment();
    const jws = await signAmendment(dept, notice);
    expect((await post(desk.url, jws, notice.submissionId)).status).toBe(400);
    const first = await post(desk.url, jws, notice.amendmentId);
    expect(first.status).toBe(201);
    const again = await post(desk.url, jws, notice.amendmentId);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    expect(desk.stats()).toMatchObject({ stored: 0, amendments: 1 });
    expect(readdirSync(path.join(dataDir, 'amendments'))).toEqual([`${notice.amendmentId}.json`]);
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
