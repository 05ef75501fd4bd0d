// `--desk` over the real core: the department key is registered with the in-process receiver,
// the endpoint points at it, a finalized case is delivered once, and taking the desk down and up
// (the end-to-end tests' control) makes the case wait and then arrive exactly once.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewHandle } from '../../../tools/preview/start-preview';
import { createPreviewApi } from '../../../tools/preview-bridge/create-preview-api';
import { completeCase } from '../../../tools/fixtures/case-fixtures';

let fixture: string;
let preview: PreviewHandle;

/** The last day of last month (Tokyo): the window is open whatever today is. */
function openWindowDeparture(now = new Date()): string {
  const tokyo = new Date(now.getTime() + 9 * 3_600_000);
  return new Date(Date.UTC(tokyo.getUTCFullYear(), tokyo.getUTCMonth(), 1) - 86_400_000).toISOString().slice(0, 10);
}

beforeAll(async () => {
  fixture = mkdtempSync(path.join(tmpdir(), 'sd-preview-desk-'));
  mkdirSync(path.join(fixture, 'renderer'));
  writeFileSync(path.join(fixture, 'renderer', 'index.html'), '<!doctype html>');
  writeFileSync(path.join(fixture, 'bridge.js'), '');
  preview = await startPreview({
    assets: { rendererDir: path.join(fixture, 'renderer'), bridgeFile: path.join(fixture, 'bridge.js') },
    memoryKeychain: true,
    seedDemoSettings: true,
    desk: true,
    log: () => undefined,
  });
});
afterAll(async () => {
  await preview.close();
  rmSync(fixture, { recursive: true, force: true });
});

/** A finalized case; each test uses its own account (a service is salvaged once per person). */
async function finalizedCase(api: ReturnType<typeof createPreviewApi>, utokyoAccount: string): Promise<string> {
  const input = completeCase();
  const created = await api.createCase({
    input: { ...input, applicant: { ...input.applicant, utokyoAccount }, eligibility: { ...input.eligibility, departureDate: openWindowDeparture() } },
    operator: '窓口 太郎',
  });
  if (!created.ok) throw new Error(`create: ${created.error.code}`);
  const finalized = await api.finalizeCase({ id: created.value.id, operator: '窓口 太郎' });
  if (!finalized.ok) throw new Error(`finalize: ${JSON.stringify(finalized.error.issues.map((i) => i.code))}`);
  return created.value.id;
}

describe('preview --desk', () => {
  it('points the endpoint at the in-process receiver', async () => {
    const api = createPreviewApi({ baseUrl: `${preview.origin}/`, token: preview.token });
    const settings = await api.getSettings({});
    expect(settings.ok && settings.value.endpointUrl).toBe(preview.desk?.url);
    expect(settings.ok && settings.value.deliveryChannel).toBe('endpoint'); // explicit: the default is the mail form
    expect(preview.desk?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/submissions$/);
  });

  it('delivers a finalized case, signed with the registered key', async () => {
    const api = createPreviewApi({ baseUrl: `${preview.origin}/`, token: preview.token });
    const caseId = await finalizedCase(api, '1000000001');
    const queued = await api.enqueue({ caseId, operator: '窓口 太郎' });
    expect(queued.ok).toBe(true);
    await api.flushOutbox({});
    await expect.poll(async () => {
      const list = await api.listOutbox({});
      return list.ok ? list.value.find((i) => i.caseId === caseId)?.state : null;
    }, { timeout: 15_000 }).toBe('delivered');
    expect(preview.desk?.receiver?.stats().stored).toBe(1);
  });

  it('with the desk down the case waits; with it up again it arrives exactly once', async () => {
    const api = createPreviewApi({ baseUrl: `${preview.origin}/`, token: preview.token });
    const post = (name: string, body: unknown) =>
      fetch(`${preview.origin}/api/${name}`, { method: 'POST', headers: { Authorization: `Bearer ${preview.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
    expect(await post('preview:desk', { running: false })).toMatchObject({ ok: true, value: { desk: { running: false } } });
    const caseId = await finalizedCase(api, '1000000002');
    await api.enqueue({ caseId, operator: '窓口 太郎' });
    await api.flushOutbox({});
    const waiting = await api.listOutbox({});
    expect(waiting.ok && waiting.value.find((i) => i.caseId === caseId)?.state).not.toBe('delivered');
    expect(await post('preview:desk', { running: true })).toMatchObject({ ok: true, value: { desk: { running: true } } });
    await expect.poll(async () => {
      await api.retryDelivery({ id: (waiting.ok && waiting.value.find((i) => i.caseId === caseId)?.id) || '', operator: '窓口 太郎' });
      const list = await api.listOutbox({});
      return list.ok ? list.value.find((i) => i.caseId === caseId)?.state : null;
    }, { timeout: 20_000, interval: 500 }).toBe('delivered');
    const stored = preview.desk?.receiver?.store.ids() ?? [];
    const submissionId = waiting.ok ? waiting.value.find((i) => i.caseId === caseId)?.id : undefined;
    expect(stored.filter((id) => id === submissionId)).toHaveLength(1);
  });
});
