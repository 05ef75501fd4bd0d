import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memorySecretStore } from '../../../src-main/core/secrets';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/http/csp';
import { startPreview, type PreviewHandle } from '../../../tools/preview/start-preview';
import { createPreviewApi } from '../../../tools/preview-bridge/create-preview-api';
import { createFakeCore, fakeOutboxItem, fakeSettings, type FakeCore } from '../../main/ipc/fake-core';

let fixture: string;
let core: FakeCore;
let preview: PreviewHandle;
const logs: string[] = [];

beforeAll(() => {
  fixture = mkdtempSync(path.join(tmpdir(), 'sd-preview-fixture-'));
  mkdirSync(path.join(fixture, 'renderer', 'assets'), { recursive: true });
  writeFileSync(path.join(fixture, 'renderer', 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="./assets/app.js"></script></head><body></body></html>');
  writeFileSync(path.join(fixture, 'renderer', 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(path.join(fixture, 'renderer', 'assets', 'index-BmBoLZWg.js'), 'console.log("hashed")');
  writeFileSync(path.join(fixture, 'bridge.js'), '/* bridge */');
  writeFileSync(path.join(fixture, 'outside-secret.txt'), 'TOP SECRET');
});
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

beforeEach(async () => {
  core = createFakeCore();
  preview = await startPreview({
    assets: { rendererDir: path.join(fixture, 'renderer'), bridgeFile: path.join(fixture, 'bridge.js') },
    secrets: memorySecretStore(),
    openCore: async () => core,
    log: (line) => logs.push(line),
  });
});
afterEach(async () => preview.close());

const post = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${preview.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${preview.token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** A raw request (fetch would normalise the path or refuse to send a foreign Host). */
function raw(pathname: string, headers: Record<string, string> = {}, host = '127.0.0.1'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port: preview.port, path: pathname, method: 'GET', headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('preview server', () => {
  it('gives a loopback URL whose token is in the fragment, never in the path or query', () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);
    expect(preview.url.split('#')[1]).toBe(`token=${preview.token}`);
  });

  it('uses a fresh token every run', async () => {
    const other = await startPreview({
      assets: { rendererDir: path.join(fixture, 'renderer'), bridgeFile: path.join(fixture, 'bridge.js') },
      secrets: memorySecretStore(), openCore: async () => createFakeCore(), log: () => undefined,
    });
    expect(other.token).not.toBe(preview.token);
    const res = await fetch(`${other.origin}/api/settings:get-settings`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${preview.token}` }, body: '{}' });
    expect(res.status).toBe(401);
    await other.close();
  });

  it('refuses API calls without the token or with a wrong one, and the core is never reached', async () => {
    const none = await fetch(`${preview.origin}/api/settings:get-settings`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(401);
    const wrong = await post('settings:get-settings', {}, { Authorization: `Bearer ${preview.token.slice(0, -1)}x` });
    expect(wrong.status).toBe(401);
    const events = await fetch(`${preview.origin}/api/events`);
    expect(events.status).toBe(401);
    expect(core.settings.get).not.toHaveBeenCalled();
  });

  it('round-trips a channel to the core and back', async () => {
    const res = await post('settings:get-settings', {});
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, value: fakeSettings });
    const res2 = await post('cases:finalize-case', { id: 'case-7', operator: '窓口 太郎' });
    expect(((await res2.json()) as { value: { id: string } }).value.id).toBe('case-7');
    expect(core.cases.finalize).toHaveBeenCalledWith('case-7', { operator: '窓口 太郎' });
  });

  it('answers a malformed payload with validation issues naming the field', async () => {
    const res = await post('cases:create-case', { input: { applicant: { name: 42 } }, operator: 'x' });
    const body = (await res.json()) as { ok: boolean; error: { code: string; issues: { path: string }[] } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('validation');
    expect(body.error.issues.map((i) => i.path)).toEqual(['input.applicant.name']);
    expect(core.cases.createDraft).not.toHaveBeenCalled();
  });

  it('answers broken JSON and unknown channels without reaching the core', async () => {
    const broken = await post('settings:get-settings', '{not json');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { code: string } }).error.code).toBe('validation');
    expect((await post('shell:exec', {})).status).toBe(404);
  });

  it('binds to 127.0.0.1 only', async () => {
    const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) await expect(raw('/', {}, external.address)).rejects.toThrow(/ECONNREFUSED/);
    const ok = await raw('/');
    expect(ok.status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    expect((await raw('/', { Host: `evil.example:${preview.port}` })).status).toBe(403);
    const res = await post('settings:get-settings', {}, { Origin: 'http://evil.example' });
    expect(res.status).toBe(403);
  });

  it('serves the renderer with the app CSP and the bridge as the first script', async () => {
    const res = await fetch(`${preview.origin}/`);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const html = await res.text();
    expect(html.indexOf('preview-bridge.js')).toBeGreaterThan(0);
    expect(html.indexOf('preview-bridge.js')).toBeLessThan(html.indexOf('assets/app.js'));
    expect(await (await fetch(`${preview.origin}/preview-bridge.js`)).text()).toBe('/* bridge */');
    expect((await fetch(`${preview.origin}/assets/app.js`)).headers.get('content-type')).toMatch(/javascript/);
  });

  it('lets the browser keep content-hashed build files, never the page, the bridge or an unhashed file', async () => {
    const cacheOf = async (p: string) => (await fetch(`${preview.origin}${p}`)).headers.get('cache-control');
    expect(await cacheOf('/assets/index-BmBoLZWg.js')).toBe('public, max-age=31536000, immutable');
    for (const p of ['/', '/index.html', '/preview-bridge.js', '/assets/app.js']) expect(await cacheOf(p), p).toBe('no-store');
  });

  it.each(['/../outside-secret.txt', '/%2e%2e/outside-secret.txt', '/assets/..%2f..%2foutside-secret.txt', '/..%5coutside-secret.txt', '/%252e%252e/outside-secret.txt', '/assets\\..\\..\\outside-secret.txt'])(
    'refuses traversal %s',
    async (pathname) => {
      const res = await raw(pathname);
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('TOP SECRET');
    },
  );

  it('pushes outbox and network events to the bridge, and stops after unsubscribe', async () => {
    const api = createPreviewApi({ baseUrl: `${preview.origin}/`, token: preview.token, reconnectMs: 50 });
    const outbox: unknown[] = [];
    const network: boolean[] = [];
    const offOutbox = api.onOutboxChanged((items) => outbox.push(items));
    const offNetwork = api.onNetworkChanged(({ online }) => network.push(online));
    await expect.poll(() => network).toEqual([true]); // initial state on connect
    const late: boolean[] = [];
    const offLate = api.onNetworkChanged(({ online }) => late.push(online));
    await expect.poll(() => late).toEqual([true]); // a late subscriber gets the latest state too
    offLate();
    core.emitOutbox([fakeOutboxItem]);
    await expect.poll(() => outbox).toEqual([[fakeOutboxItem]]);
    expect(await (await post('preview:network', { online: false })).json()).toMatchObject({ ok: true });
    await expect.poll(() => network).toEqual([true, false]);
    expect(core.scheduler.networkChanged).toHaveBeenCalledWith(false);
    offOutbox();
    offNetwork();
    core.emitOutbox([]);
    await new Promise((r) => setTimeout(r, 100));
    expect(outbox).toHaveLength(1);
  });

  it('the bridge API returns Results for every method, like the preload', async () => {
    const api = createPreviewApi({ baseUrl: `${preview.origin}/`, token: preview.token });
    expect(await api.getSettings({})).toEqual({ ok: true, value: fakeSettings });
    const bad = await api.getCase({ id: '' });
    expect(bad.ok ? null : bad.error.code).toBe('validation');
    const offline = createPreviewApi({ baseUrl: 'http://127.0.0.1:9/', token: 'x' });
    const unreachable = await offline.getSettings({});
    expect(unreachable.ok ? null : unreachable.error.code).toBe('preview-unreachable');
  });

  it('saves "printed" records into the output folder under the case number', async () => {
    const res = await post('records:print-record', { caseId: 'case-1', operator: '窓口 太郎' });
    expect(await res.json()).toEqual({ ok: true, value: { printed: true } });
    expect(existsSync(path.join(preview.outputDir, 'print-SD-2026-0001.pdf'))).toBe(true);
  });

  it('close() stops the scheduler, closes the core and removes the temporary data', async () => {
    await preview.close();
    expect(core.scheduler.stop).toHaveBeenCalled();
    expect(core.close).toHaveBeenCalled();
    expect(existsSync(preview.dataDir)).toBe(false);
    await expect(fetch(`${preview.origin}/`)).rejects.toThrow();
  });
});
