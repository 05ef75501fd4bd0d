// The shell's IPC end to end (with the central electron mock): startApp registers one handler per
// contract channel; each refuses a foreign sender and a malformed payload, and passes a valid one
// to the core. The preload's window.salvageDesk reaches the same handlers.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { profileOf } from '../../../src-shared/profile/profile-schema';
import { channels, eventMethodNames, methodNames } from '../../../src-shared/ipc-contract';
import { BrowserWindow, MockWebContents, MockWebFrameMain, electronMock } from '../../support/electron-mock';
import { createFakeCore, fakeOutboxItem, fakeSettings, type FakeCore } from '../ipc/fake-core';
import { calledCore } from '../ipc/core-calls';
import { malformedRequests, validRequests } from '../ipc/sample-requests';

vi.mock('electron', () => import('../../support/electron-mock'));
const core: { current: FakeCore } = { current: createFakeCore() };
// Like the real one: the restored data appears in the (staging) folder it is given.
const restoreBackup = vi.fn(async (options: { dataDir: string; path: string; passphrase: string }) => {
  mkdirSync(options.dataDir, { recursive: true });
});
vi.mock('../../../src-main/core/index', () => ({
  openCore: vi.fn(async () => core.current),
  // An empty keychain: a restore keeps (and could put back) its audit anchor.
  keytarSecretStore: vi.fn(() => ({ get: async () => null, set: async () => undefined, delete: async () => false })),
  restoreBackup,
}));
const { startApp } = await import('../../../src-main/electron/start-app');

async function start() {
  core.current = createFakeCore();
  const running = startApp({ buildDir: '/app/.vite/build' });
  electronMock.app.readyResolve();
  const app = await running;
  if (!app) throw new Error('startApp failed');
  const win = BrowserWindow.instances[0] as BrowserWindow;
  vi.mocked(core.current.settings.get).mockClear(); // read once at start for the menu language
  return { app, win };
}

function profileFile(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'sd-ipc-profile-')), 'engineering.salvage-profile.json');
  writeFileSync(file, JSON.stringify(profileOf(fakeSettings)));
  return file;
}

const trusted = (win: BrowserWindow) => ({ sender: win.webContents, senderFrame: win.webContents.mainFrame });

beforeEach(() => {
  electronMock.reset();
  restoreBackup.mockClear();
});

describe('IPC handlers', () => {
  it('registers exactly the contract channels', async () => {
    await start();
    expect([...electronMock.handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it.each(channels)('%s: refuses a foreign sender without reaching the core', async (channel) => {
    const { win } = await start();
    const other = new BrowserWindow();
    const subframe = new MockWebFrameMain('app://main_window/index.html', win.webContents.mainFrame.processId);
    subframe.parent = win.webContents.mainFrame;
    const foreignPage = new MockWebContents();
    const senders = [
      { sender: other.webContents, senderFrame: other.webContents.mainFrame }, // another window (e.g. the print window)
      { sender: win.webContents, senderFrame: subframe }, // an iframe inside our window
      { sender: win.webContents, senderFrame: null }, // frame already gone
      { sender: foreignPage, senderFrame: foreignPage.mainFrame },
    ];
    for (const event of senders) {
      const result = await electronMock.invoke(channel, event, validRequests[channel]);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    win.webContents.mainFrame.url = 'https://evil.example/'; // our window, but navigated away
    expect(await electronMock.invoke(channel, trusted(win), validRequests[channel])).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const target = calledCore(core.current, channel);
    if (target) expect(target).not.toHaveBeenCalled();
  });

  it.each(channels)('%s: refuses a malformed payload with validation issues', async (channel) => {
    const { win } = await start();
    const result = (await electronMock.invoke(channel, trusted(win), malformedRequests[channel])) as { ok: boolean; error: { code: string; issues: unknown[] } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('validation');
    expect(result.error.issues.length).toBeGreaterThan(0);
    const target = calledCore(core.current, channel);
    if (target) expect(target).not.toHaveBeenCalled();
  });

  it.each(channels.filter((c) => c !== 'backup:restore-backup' && c !== 'clipboard:copy-text' && !c.startsWith('desk-verifier:')))('%s: passes a valid payload from our window to the core', async (channel) => {
    const { win } = await start();
    electronMock.saveDialogResult = { canceled: false, filePath: `${electronMock.app.getPath('documents')}-out` };
    electronMock.openDialogResult = { canceled: false, filePaths: [profileFile()] }; // settings:import-profile reads it
    const result = await electronMock.invoke(channel, trusted(win), validRequests[channel]);
    expect(result).toMatchObject({ ok: true });
    expect(calledCore(core.current, channel)).toHaveBeenCalledTimes(1);
  });

  it('desk-verifier: saves the page that ships with the app through the save dialog, with its SHA-256; without one it says so', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sd-ipc-verifier-'));
    electronMock.app.getAppPath.mockReturnValue(root);
    const { win } = await start();
    expect(await electronMock.invoke('desk-verifier:get-desk-verifier', trusted(win), {})).toEqual({ ok: true, value: { available: false, sha256: null } });
    const missing = await electronMock.invoke('desk-verifier:save-desk-verifier', trusted(win), { operator: '窓口 太郎' });
    expect(missing).toMatchObject({ ok: false, error: { message: { ja: expect.stringContaining('検証ページが含まれていません') } } });

    const html = '<!doctype html><title>検証</title>\n';
    mkdirSync(path.join(root, 'out', 'desk-verifier'), { recursive: true });
    writeFileSync(path.join(root, 'out', 'desk-verifier', 'salvage-desk-verifier.html'), html);
    const sha256 = createHash('sha256').update(html).digest('hex');
    const target = path.join(root, 'saved.html');
    electronMock.saveDialogResult = { canceled: false, filePath: target };
    expect(await electronMock.invoke('desk-verifier:get-desk-verifier', trusted(win), {})).toEqual({ ok: true, value: { available: true, sha256 } });
    expect(await electronMock.invoke('desk-verifier:save-desk-verifier', trusted(win), { operator: '窓口 太郎' })).toEqual({ ok: true, value: { saved: true, sha256 } });
    expect(readFileSync(target, 'utf8')).toBe(html);
    electronMock.app.getAppPath.mockReturnValue(process.cwd());
  });

  it('backup:restore: chosen file and passphrase reach the core restore after the native confirmation', async () => {
    const { win } = await start();
    electronMock.openDialogResult = { canceled: false, filePaths: ['/backups/salvage-desk-backup-2026-04-01.sdbackup'] };
    electronMock.messageBoxResponse = 1; // "Restore"
    const result = await electronMock.invoke('backup:restore-backup', trusted(win), validRequests['backup:restore-backup']);
    expect(result).toEqual({ ok: true, value: { restored: true } });
    expect(restoreBackup).toHaveBeenCalledWith(expect.objectContaining({ path: '/backups/salvage-desk-backup-2026-04-01.sdbackup', passphrase: 'correct horse battery' }));
    expect(restoreBackup.mock.calls[0]?.[0].dataDir).toMatch(/data\.restoring-/); // never into the live data folder
  });

  it('backup:restore: "Cancel" in the confirmation restores nothing', async () => {
    const { win } = await start();
    electronMock.openDialogResult = { canceled: false, filePaths: ['/backups/b.sdbackup'] };
    electronMock.messageBoxResponse = 0;
    expect(await electronMock.invoke('backup:restore-backup', trusted(win), validRequests['backup:restore-backup'])).toEqual({ ok: true, value: { restored: false } });
    expect(restoreBackup).not.toHaveBeenCalled();
  });

  it('pushes outbox changes to the window', async () => {
    const { win } = await start();
    core.current.emitOutbox([fakeOutboxItem]);
    expect(win.webContents.sent).toContainEqual({ channel: 'outbox:changed', payload: [fakeOutboxItem] });
  });

  it('saves a record under the case number only, via the native save dialog', async () => {
    const { win } = await start();
    electronMock.saveDialogResult = { canceled: true };
    const { dialog } = await import('../../support/electron-mock');
    const result = await electronMock.invoke('records:save-record-pdf', trusted(win), validRequests['records:save-record-pdf']);
    expect(result).toEqual({ ok: true, value: { saved: false } });
    const options = dialog.showSaveDialog.mock.calls[0]?.[1] as { defaultPath: string; filters: unknown[] } | undefined;
    expect(options?.defaultPath.endsWith('SD-2026-0001.pdf')).toBe(true);
    expect(options?.defaultPath).not.toMatch(/東大|花子/);
  });
});

describe('applicant notice and case list through the shell', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Print through the real hidden-window printer; returns the print window and the bytes it was served. */
  async function printVia(channel: 'records:print-applicant-notice' | 'records:print-case-list') {
    const { win } = await start();
    let served: string | null = null;
    const origLoad = BrowserWindow.prototype.loadURL;
    vi.spyOn(BrowserWindow.prototype, 'loadURL').mockImplementation(async function (this: BrowserWindow, url: string) {
      const handler = electronMock.protocolHandlers.get('app');
      if (url.startsWith('app://print/') && handler) served = await (await handler(new Request(url))).text();
      return origLoad.call(this, url);
    });
    const result = await electronMock.invoke(channel, trusted(win), validRequests[channel]);
    const printWindow = BrowserWindow.instances.find((w) => w !== win);
    return { result, printWindow, served: served as string | null };
  }

  it('prints the notice from the hidden sandboxed print window, named by the case number only', async () => {
    const { result, printWindow, served } = await printVia('records:print-applicant-notice');
    expect(result).toEqual({ ok: true, value: { printed: true } });
    expect(printWindow?.options).toMatchObject({ show: false, title: 'SD-2026-0001-applicant-notice', webPreferences: { sandbox: true, nodeIntegration: false } });
    expect(served).toContain('fake notice');
    expect(printWindow?.destroyed).toBe(true);
    expect(core.current.records.logOutput).toHaveBeenCalledWith('case-1', 'print', { operator: '窓口 太郎', document: 'applicant-notice' });
  });

  it('prints the case list the same way, as a job named by the date', async () => {
    const { result, printWindow, served } = await printVia('records:print-case-list');
    expect(result).toEqual({ ok: true, value: { printed: true } });
    expect(String(printWindow?.options.title)).toMatch(/^case-list-\d{4}-\d{2}-\d{2}$/);
    expect(served).toContain('fake case list');
  });

  it('proposes "<case number>-applicant-notice.pdf" in the native save dialog', async () => {
    const { win } = await start();
    electronMock.saveDialogResult = { canceled: true };
    const { dialog } = await import('../../support/electron-mock');
    const result = await electronMock.invoke('records:save-applicant-notice-pdf', trusted(win), validRequests['records:save-applicant-notice-pdf']);
    expect(result).toEqual({ ok: true, value: { saved: false } });
    const options = dialog.showSaveDialog.mock.calls[0]?.[1] as { defaultPath: string; title: string } | undefined;
    expect(options?.defaultPath.endsWith('SD-2026-0001-applicant-notice.pdf')).toBe(true);
    expect(options?.title).toBe('申請者控えを PDF で保存');
    expect(core.current.records.logOutput).not.toHaveBeenCalled();
  });
});

describe('preload', () => {
  it('exposes one object with a verb-named method per channel and a subscription per event, nothing else', async () => {
    await import('../../../src-main/preload');
    const api = electronMock.exposed.get('salvageDesk') as Record<string, unknown>;
    expect([...electronMock.exposed.keys()]).toEqual(['salvageDesk']);
    expect(Object.keys(api).sort()).toEqual([...Object.values(methodNames), ...Object.values(eventMethodNames)].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('calls reach the main handlers and come back as Results', async () => {
    const { win } = await start();
    const { buildPreloadApi } = await import('../../../src-main/preload');
    const api = buildPreloadApi() as Record<string, (r: unknown) => Promise<unknown>>;
    electronMock.rendererSender = trusted(win);
    expect(await api.getSettings?.({})).toMatchObject({ ok: true, value: { department: { code: 'engineering' } } });
    expect(await api.getCase?.({ id: '' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('turns a failed invoke into a Result instead of a thrown error', async () => {
    const { buildPreloadApi } = await import('../../../src-main/preload');
    const api = buildPreloadApi() as Record<string, (r: unknown) => Promise<unknown>>;
    // no handlers registered: invoke rejects
    expect(await api.listCases?.({})).toMatchObject({ ok: false, error: { code: 'ipc-failed' } });
  });

  it('subscriptions hand over only the payload (never the IPC event) and unsubscribe', async () => {
    const { buildPreloadApi } = await import('../../../src-main/preload');
    const api = buildPreloadApi() as Record<string, (l: (...args: unknown[]) => void) => () => void>;
    const listener = vi.fn();
    const off = api.onNetworkChanged?.(listener);
    const ipcEvent = { sender: { send: () => undefined } };
    electronMock.rendererListeners.emit('network:changed', ipcEvent, { online: false });
    expect(listener).toHaveBeenCalledWith({ online: false });
    expect(listener.mock.calls[0]).toHaveLength(1);
    off?.();
    electronMock.rendererListeners.emit('network:changed', ipcEvent, { online: true });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('a late subscriber starts from the latest state main sent', async () => {
    const { buildPreloadApi } = await import('../../../src-main/preload');
    const api = buildPreloadApi() as Record<string, (l: (...args: unknown[]) => void) => () => void>;
    electronMock.rendererListeners.emit('network:changed', {}, { online: false });
    const late = vi.fn();
    api.onNetworkChanged?.(late);
    await vi.waitFor(() => expect(late).toHaveBeenCalledWith({ online: false }));
    const never = vi.fn();
    api.onNetworkChanged?.(never)(); // unsubscribed before the replay
    await new Promise((r) => setTimeout(r, 0));
    expect(never).not.toHaveBeenCalled();
  });
});
