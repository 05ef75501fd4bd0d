// The preview without --desk runs the default mail-form channel. What the app would hand to the
// OS — the clipboard and the system browser — lands in <data>/output and on the event stream, so
// end-to-end tests can read the opened form URL and the copied text.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewHandle } from '../../../tools/preview/start-preview';
import { createPreviewApi } from '../../../tools/preview-bridge/create-preview-api';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { STAND_IN_FORM_ID } from '../../../tools/preview/published-form-stand-in';

let fixture: string;
let preview: PreviewHandle;
// A template for the form the preview's stand-in for forms.gle redirects to.
const TEMPLATE = `https://docs.google.com/forms/d/e/${STAND_IN_FORM_ID}/viewform?usp=pp_url&entry.1=%7B%7BcaseNumber%7D%7D&entry.2=%7B%7BrequestText%7D%7D`;

function openWindowDeparture(now = new Date()): string {
  const tokyo = new Date(now.getTime() + 9 * 3_600_000);
  return new Date(Date.UTC(tokyo.getUTCFullYear(), tokyo.getUTCMonth(), 1) - 86_400_000).toISOString().slice(0, 10);
}

beforeAll(async () => {
  fixture = mkdtempSync(path.join(tmpdir(), 'sd-preview-mail-'));
  mkdirSync(path.join(fixture, 'renderer'));
  writeFileSync(path.join(fixture, 'renderer', 'index.html'), '<!doctype html>');
  writeFileSync(path.join(fixture, 'bridge.js'), '');
  preview = await startPreview({
    assets: { rendererDir: path.join(fixture, 'renderer'), bridgeFile: path.join(fixture, 'bridge.js') },
    memoryKeychain: true,
    seedDemoSettings: true,
    log: () => undefined,
  });
});
afterAll(async () => {
  await preview.close();
  rmSync(fixture, { recursive: true, force: true });
});

/** Read the preview's event stream until an event named `name` arrives; its payload. */
async function nextEvent(name: string, action: () => Promise<unknown>): Promise<unknown> {
  const controller = new AbortController();
  const res = await fetch(`${preview.origin}/api/events`, { headers: { Authorization: `Bearer ${preview.token}` }, signal: controller.signal });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  await action();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buffer += value;
      const block = buffer.split('\n\n').find((b) => b.startsWith(`event: ${name}\n`));
      if (block) return JSON.parse(block.slice(block.indexOf('data: ') + 6)) as unknown;
    }
  } finally {
    controller.abort();
  }
}

describe('preview: the mail-form channel', () => {
  it('a sent case waits for hand-off; "open the form" writes the prefilled URL to the output folder and the event stream', async () => {
    const api = createPreviewApi({ baseUrl: `${preview.origin}/`, token: preview.token });
    await api.updateSettings({ patch: { mailFormPrefillTemplate: TEMPLATE }, operator: '窓口 太郎' });
    const input = completeCase();
    const created = await api.createCase({ input: { ...input, eligibility: { ...input.eligibility, departureDate: openWindowDeparture() } }, operator: '窓口 太郎' });
    if (!created.ok) throw new Error(created.error.code);
    const finalized = await api.finalizeCase({ id: created.value.id, operator: '窓口 太郎' });
    if (!finalized.ok) throw new Error(finalized.error.code);
    const sent = await api.enqueue({ caseId: created.value.id, operator: '窓口 太郎' });
    expect(sent).toMatchObject({ ok: true, value: { state: 'awaiting-hand-off', channel: 'mail-form' } });
    if (!sent.ok) return;

    let opened: Awaited<ReturnType<typeof api.openMailForm>> | null = null;
    const event = await nextEvent('preview:open-external', async () => {
      opened = await api.openMailForm({ id: sent.value.id, operator: '窓口 太郎' });
    });
    expect(opened).toMatchObject({ ok: true, value: { opened: true, prefilled: true } });
    const url = readFileSync(path.join(preview.outputDir, 'mail-form-url.txt'), 'utf8');
    expect(event).toEqual({ url });
    const q = new URL(url).searchParams;
    expect(q.get('entry.1')).toBe(finalized.value.caseNumber);
    expect(q.get('entry.2')).toContain('検証コード:');

    const done = await api.markHandedOver({ id: sent.value.id, operator: '窓口 太郎', reference: '20345' });
    expect(done).toMatchObject({ ok: true, value: { state: 'handed-over', handedOver: { by: '窓口 太郎', reference: '20345' } } });
  });

  it('a template for another form than the published link leads to: the plain published link opens, and why', async () => {
    const api = createPreviewApi({ baseUrl: `${preview.origin}/`, token: preview.token });
    await api.updateSettings({ patch: { mailFormPrefillTemplate: TEMPLATE.replace(STAND_IN_FORM_ID, '1FAIpQLSanotherform') }, operator: '窓口 太郎' });
    const input = completeCase();
    const applicant = { ...input.applicant, utokyoAccount: '2222222222' }; // not the first test's applicant
    const created = await api.createCase({ input: { ...input, applicant, eligibility: { ...input.eligibility, departureDate: openWindowDeparture() } }, operator: '窓口 太郎' });
    if (!created.ok) throw new Error(created.error.code);
    const finalized = await api.finalizeCase({ id: created.value.id, operator: '窓口 太郎' });
    if (!finalized.ok) throw new Error(finalized.error.code);
    const sent = await api.enqueue({ caseId: created.value.id, operator: '窓口 太郎' });
    if (!sent.ok) throw new Error(sent.error.code);
    const opened = await api.openMailForm({ id: sent.value.id, operator: '窓口 太郎' });
    expect(opened).toMatchObject({ ok: true, value: { opened: true, prefilled: false, reason: 'form-id-mismatch', url: 'https://forms.gle/ASFmXTbgNwncrWL28' } });
    expect(readFileSync(path.join(preview.outputDir, 'mail-form-url.txt'), 'utf8')).toBe('https://forms.gle/ASFmXTbgNwncrWL28');
  });

  it('copyText writes the text to clipboard.txt and the event stream', async () => {
    const api = createPreviewApi({ baseUrl: `${preview.origin}/`, token: preview.token });
    const event = await nextEvent('preview:clipboard', async () => {
      expect(await api.copyText({ text: '受付番号: X\n検証コード:\neyJ' })).toEqual({ ok: true, value: { copied: true } });
    });
    expect(event).toEqual({ text: '受付番号: X\n検証コード:\neyJ' });
    expect(readFileSync(path.join(preview.outputDir, 'clipboard.txt'), 'utf8')).toBe('受付番号: X\n検証コード:\neyJ');
  });
});
