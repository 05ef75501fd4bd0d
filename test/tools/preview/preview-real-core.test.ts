// The preview over the real core (encrypted SQLite in a temporary folder, in-memory keychain):
// what the browser does through window.salvageDesk reaches the store and comes back.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SETTINGS, startPreview, type PreviewHandle } from '../../../tools/preview/start-preview';
import { createPreviewApi } from '../../../tools/preview-bridge/create-preview-api';
import { completeCase } from '../../../tools/fixtures/case-fixtures';

let fixture: string;
let preview: PreviewHandle;
const logs: string[] = [];

beforeAll(async () => {
  fixture = mkdtempSync(path.join(tmpdir(), 'sd-preview-real-'));
  mkdirSync(path.join(fixture, 'renderer'));
  writeFileSync(path.join(fixture, 'renderer', 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  writeFileSync(path.join(fixture, 'bridge.js'), '');
  preview = await startPreview({
    assets: { rendererDir: path.join(fixture, 'renderer'), bridgeFile: path.join(fixture, 'bridge.js') },
    memoryKeychain: true,
    seedDemoSettings: true,
    log: (line) => logs.push(line),
  });
});
afterAll(async () => {
  await preview.close();
  rmSync(fixture, { recursive: true, force: true });
});

describe('preview with the real core', () => {
  it('warns loudly that the keychain is in memory', () => {
    expect(logs.join('\n')).toMatch(/WARNING: --memory-keychain.*DEVELOPMENT ONLY/);
  });

  it('seeds the demo department and staff', async () => {
    const api = createPreviewApi({ baseUrl: `${preview.origin}/`, token: preview.token });
    const settings = await api.getSettings({});
    expect(settings.ok && settings.value.department).toEqual(DEMO_SETTINGS.department);
    expect(settings.ok && settings.value.staff.map((s) => s.name)).toEqual(DEMO_SETTINGS.staff.map((s) => s.name));
  });

  it('creates, autosaves and reads back a draft through the bridge', async () => {
    const api = createPreviewApi({ baseUrl: `${preview.origin}/`, token: preview.token });
    const created = await api.createCase({ input: { applicant: { name: '東大 花子' } }, operator: '窓口 太郎' });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const updated = await api.updateCase({ id: created.value.id, patch: { eligibility: { departureDate: '2026-03-31' } }, operator: '窓口 太郎' });
    expect(updated.ok && updated.value.deadline).toBe('2026-09-28');
    const read = await api.getCase({ id: created.value.id });
    expect(read.ok && read.value.input.applicant?.name).toBe('東大 花子');
    const list = await api.listCases({ status: 'draft' });
    expect(list.ok && list.value.map((c) => c.id)).toContain(created.value.id);
  });

  it('refuses a My Number in a draft with an explanation, and a malformed payload with issues', async () => {
    const api = createPreviewApi({ baseUrl: `${preview.origin}/`, token: preview.token });
    const myNumber = await api.createCase({ input: { request: { reason: '番号は 1234 5678 9012 です' } }, operator: '窓口 太郎' });
    expect(myNumber.ok).toBe(false);
    if (!myNumber.ok) expect(myNumber.error.issues.some((i) => i.path === 'request.reason')).toBe(true);
    const malformed = await api.getCase({ id: '' });
    expect(malformed.ok ? null : malformed.error.code).toBe('validation');
  });

  it('writes the applicant notice and the case list into the output folder, named without personal data', async () => {
    const api = createPreviewApi({ baseUrl: `${preview.origin}/`, token: preview.token });
    const departure = new Date();
    departure.setUTCDate(0); // the last day of last month: always inside the window
    const input = completeCase();
    const draft = await api.createCase({ input: { ...input, eligibility: { ...input.eligibility, departureDate: departure.toISOString().slice(0, 10) } }, operator: '窓口 太郎' });
    if (!draft.ok) throw new Error(JSON.stringify(draft.error));
    const finalized = await api.finalizeCase({ id: draft.value.id, operator: '窓口 太郎' });
    if (!finalized.ok) throw new Error(JSON.stringify(finalized.error));
    const caseNumber = finalized.value.caseNumber ?? 'missing';
    expect(await api.printApplicantNotice({ caseId: draft.value.id, operator: '窓口 太郎' })).toEqual({ ok: true, value: { printed: true } });
    expect(await api.saveApplicantNoticePdf({ caseId: draft.value.id, operator: '窓口 太郎' })).toEqual({ ok: true, value: { saved: true } });
    expect(await api.printCaseList({ status: 'finalized', operator: '窓口 太郎' })).toEqual({ ok: true, value: { printed: true } });
    const files = readdirSync(preview.outputDir);
    expect(files).toContain(`print-${caseNumber}-applicant-notice.pdf`);
    expect(files).toContain(`${caseNumber}-applicant-notice.pdf`);
    expect(files.some((f) => /^print-case-list-\d{4}-\d{2}-\d{2}\.pdf$/.test(f))).toBe(true);
    expect(files.join('\n')).not.toMatch(/東大|花子|hanako/);
    const notice = execFileSync('pdftotext', [path.join(preview.outputDir, `${caseNumber}-applicant-notice.pdf`), '-'], { encoding: 'utf8' });
    expect(notice).toContain('申請者控え');
    expect(notice).toContain(caseNumber);
  });

  it('keeps the core data inside the preview data folder', async () => {
    expect(existsSync(path.join(preview.dataDir, 'core'))).toBe(true);
  });
});

describe('backup and restore in the preview', () => {
  it('restores the newest backup from the output folder, keeps the replaced data, and keeps serving', async () => {
    const api = createPreviewApi({ baseUrl: `${preview.origin}/`, token: preview.token });
    const before = await api.createCase({ input: { applicant: { name: 'バックアップ前' } }, operator: '窓口 太郎' });
    expect(await api.exportBackup({ passphrase: 'correct horse battery', operator: '窓口 太郎' })).toEqual({ ok: true, value: { saved: true } });
    const after = await api.createCase({ input: { applicant: { name: 'バックアップ後' } }, operator: '窓口 太郎' });
    if (!before.ok || !after.ok) throw new Error('setup failed');

    const wrong = await api.restoreBackup({ passphrase: 'not the passphrase', operator: '窓口 太郎' });
    expect(wrong.ok).toBe(false);
    expect((await api.getCase({ id: after.value.id })).ok).toBe(true); // nothing changed

    expect(await api.restoreBackup({ passphrase: 'correct horse battery', operator: '窓口 太郎' })).toEqual({ ok: true, value: { restored: true } });
    expect((await api.getCase({ id: before.value.id })).ok).toBe(true);
    const gone = await api.getCase({ id: after.value.id });
    expect(gone.ok ? null : gone.error.code).toBe('not-found');
    expect(readdirSync(preview.dataDir).some((n) => n.startsWith('core.before-restore-'))).toBe(true);
    const settings = await api.getSettings({});
    expect(settings.ok && settings.value.department.code).toBe('engineering');
  });
});
