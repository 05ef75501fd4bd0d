import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CompactSign } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver } from '../../../tools/desk';
import { samplePayload } from '../../../tools/fixtures/sample-payload';
import { b64json, post, tempDir, testDepartment, type TestDepartment } from '../../../tools/fixtures/desk-signing';

let dept: TestDepartment;
let desk: Receiver;
let dataDir: string;

beforeEach(async () => {
  dept = await testDepartment();
  dataDir = tempDir('desk');
  desk = await startReceiver({ keys: dept.registry, dataDir, host: '127.0.0.1' });
});
afterEach(async () => {
  await desk.close();
});

describe('reference receiver: acceptance and idempotency', () => {
  it('accepts a signed submission with 201 and a receipt, and replays the same receipt with 200, also after a restart', async () => {
    const p = samplePayload();
    const jws = await dept.sign(p);
    const first = await post(desk.url, jws, p.submissionId);
    expect(first.status).toBe(201);
    const receipt = (await first.json()) as { receiptId: string; receivedAt: string };
    expect(receipt.receiptId).toMatch(/^[0-9a-f-]{36}$/);
    const again = await post(desk.url, jws, p.submissionId);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(receipt);

    await desk.close();
    desk = await startReceiver({ keys: dept.registry, dataDir, host: '127.0.0.1' });
    const afterRestart = await post(desk.url, jws, p.submissionId);
    expect(afterRestart.status).toBe(200);
    expect(await afterRestart.json()).toEqual(receipt);
    expect(desk.stats().stored).toBe(1);
  });

  it('refuses the same key with different bytes (422) and a key that does not match the payload (400)', async () => {
    const p = samplePayload();
    expect((await post(desk.url, await dept.sign(p), p.submissionId)).status).toBe(201);
    const changed = await dept.sign({ ...p, caseNumber: 'ENG-2026-0002' });
    expect((await post(desk.url, changed, p.submissionId)).status).toBe(422);
    const other = samplePayload();
    expect((await post(desk.url, await dept.sign(other), samplePayload().submissionId)).status).toBe(400);
    expect(desk.stats().stored).toBe(1);
  });

  it('answers 409 to a duplicate that arrives while the original is still being processed', async () => {
    const p = samplePayload();
    const jws = await dept.sign(p);
    desk.faults.delayMs = 300;
    desk.faults.failNext(1, 'delay');
    const original = post(desk.url, jws, p.submissionId);
    await new Promise((r) => setTimeout(r, 100));
    const duplicate = await post(desk.url, jws, p.submissionId);
    expect(duplicate.status).toBe(409);
    expect((await original).status).toBe(201);
  });

  it('refuses a body over the limit with 413 without storing anything', async () => {
    const p = samplePayload();
    const big = `${await dept.sign(p)}${'A'.repeat(70 * 1024)}`;
    expect((await post(desk.url, big, p.submissionId)).status).toBe(413);
    expect(desk.stats().stored).toBe(0);
  });

  it('requires application/jose and an Idempotency-Key', async () => {
    const p = samplePayload();
    const jws = await dept.sign(p);
    expect((await post(desk.url, jws, p.submissionId, { 'content-type': 'text/plain' })).status).toBe(400);
    expect((await post(desk.url, jws, 'abc')).status).toBe(400);
  });

  it('re-reads the JWKS file when the desk registers a new key', async () => {
    await desk.close();
    const file = path.join(dataDir, 'departments.jwks.json');
    writeFileSync(file, JSON.stringify({ keys: [] }));
    desk = await startReceiver({ keys: file, dataDir, host: '127.0.0.1' });
    const p = samplePayload();
    const jws = await dept.sign(p);
    const empty = await post(desk.url, jws, p.submissionId);
    expect(empty.status).toBe(401);
    expect(((await empty.json()) as { error: string }).error).toBe('no-registry');
    await new Promise((r) => setTimeout(r, 20)); // a distinct mtime
    const stranger = await testDepartment();
    writeFileSync(file, JSON.stringify(stranger.registry));
    const unknown = await post(desk.url, jws, p.submissionId);
    expect(((await unknown.json()) as { error: string }).error).toBe('unknown-kid');
    await new Promise((r) => setTimeout(r, 20)); // a distinct mtime
    writeFileSync(file, JSON.stringify(dept.registry));
    expect((await post(desk.url, jws, p.submissionId)).status).toBe(201);
  });
});

describe('reference receiver: rejections', () => {
  const errorOf = async (r: Response) => ({ status: r.status, error: ((await r.json()) as { error: string }).error });

  it('tampered payload → 401 bad-signature', async () => {
    const p = samplePayload();
    const [h, , s] = (await dept.sign(p)).split('.');
    const tampered = `${h}.${b64json({ ...p, applicant: { ...p.applicant, contactEmail: 'attacker@example.com' } })}.${s}`;
    expect(await errorOf(await post(desk.url, tampered, p.submissionId))).toEqual({ status: 401, error: 'bad-signature' });
  });

  it('signed by another key under the registered kid → 401 bad-signature; under its own kid → 401 unknown-kid', async () => {
    const p = samplePayload();
    const other = await testDepartment();
    const forged = await new CompactSign(new TextEncoder().encode(JSON.stringify(p))).setProtectedHeader({ alg: 'EdDSA', kid: dept.jwk.kid, typ: 'salvage-request+jws' }).sign(other.key);
    expect(await errorOf(await post(desk.url, forged, p.submissionId))).toEqual({ status: 401, error: 'bad-signature' });
    expect(await errorOf(await post(desk.url, await other.sign(p), p.submissionId))).toEqual({ status: 401, error: 'unknown-kid' });
  });

  it('alg none → 401 wrong-alg', async () => {
    const p = samplePayload();
    const unsigned = `${b64json({ alg: 'none', kid: dept.jwk.kid, typ: 'salvage-request+jws' })}.${b64json(p)}.`;
    expect(await errorOf(await post(desk.url, unsigned, p.submissionId))).toEqual({ status: 401, error: 'wrong-alg' });
  });

  it('HS256 with the public key as the HMAC secret → 401 wrong-alg', async () => {
    const p = samplePayload();
    for (const secret of [Buffer.from(dept.jwk.x, 'base64url'), Buffer.from(JSON.stringify(dept.jwks.keys[0]))]) {
      const hs = await new CompactSign(new TextEncoder().encode(JSON.stringify(p))).setProtectedHeader({ alg: 'HS256', kid: dept.jwk.kid, typ: 'salvage-request+jws' }).sign(new Uint8Array(secret));
      expect(await errorOf(await post(desk.url, hs, p.submissionId))).toEqual({ status: 401, error: 'wrong-alg' });
    }
  });

  it('a correctly signed payload that fails the v1 schema → 400 payload-invalid, naming the field', async () => {
    const p = samplePayload();
    const bad = await dept.sign({ ...p, applicant: { ...p.applicant, utokyoAccount: '12345' } });
    const r = await post(desk.url, bad, p.submissionId);
    const body = (await r.json()) as { error: string; details: string[] };
    expect(r.status).toBe(400);
    expect(body.error).toBe('payload-invalid');
    expect(body.details.join('\n')).toContain('applicant.utokyoAccount');
    expect(body.details.join('\n')).not.toContain('12345');
  });

  it('a wrong typ or garbage → 400', async () => {
    const p = samplePayload();
    const wrongTyp = await new CompactSign(new TextEncoder().encode(JSON.stringify(p))).setProtectedHeader({ alg: 'EdDSA', kid: dept.jwk.kid, typ: 'JWT' }).sign(dept.key);
    expect(await errorOf(await post(desk.url, wrongTyp, p.submissionId))).toEqual({ status: 400, error: 'wrong-typ' });
    expect(await errorOf(await post(desk.url, 'hello', p.submissionId))).toEqual({ status: 400, error: 'malformed' });
    expect(desk.stats().stored).toBe(0);
  });
});

describe('reference receiver: injected faults', () => {
  it('503 with Retry-After stores nothing; 500-after-store and a reset store it, and the retry gets 200 with that receipt', async () => {
    const p = samplePayload();
    const jws = await dept.sign(p);
    desk.faults.failNext(1, 'unavailable');
    const unavailable = await post(desk.url, jws, p.submissionId);
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('1');
    expect(desk.stats().stored).toBe(0);

    desk.faults.failNext(1, 'error-after-store');
    expect((await post(desk.url, jws, p.submissionId)).status).toBe(500);
    expect(desk.stats().stored).toBe(1);
    const receipt = desk.store.get(p.submissionId)!.receiptId;

    const q = samplePayload();
    desk.faults.failNext(1, 'reset');
    await expect(post(desk.url, await dept.sign(q), q.submissionId)).rejects.toThrow();
    expect(desk.stats().stored).toBe(2);

    const retried = await post(desk.url, jws, p.submissionId);
    expect(retried.status).toBe(200);
    expect(((await retried.json()) as { receiptId: string }).receiptId).toBe(receipt);
  });

  it('answers OPTIONS (used by the connection test) without storing anything', async () => {
    const r = await fetch(desk.url, { method: 'OPTIONS' });
    expect(r.status).toBe(204);
    expect(r.headers.get('allow')).toContain('POST');
  });
});
