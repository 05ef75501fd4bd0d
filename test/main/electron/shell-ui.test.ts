// Menus, the startup error dialog and printing, with the central electron mock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CoreError } from '../../../src-main/core/errors';
import { BrowserWindow, dialog, electronMock, shell } from '../../support/electron-mock';

vi.mock('electron', () => import('../../support/electron-mock'));
const openCore = vi.fn();
vi.mock('../../../src-main/core/index', () => ({ openCore, keytarSecretStore: vi.fn(() => ({})) }));
const { menuTemplate, applyAppMenu } = await import('../../../src-main/electron/app-menu');
const { startApp } = await import('../../../src-main/electron/start-app');
const { createRecordPrinter } = await import('../../../src-main/electron/print-record');
const { keychainUnavailable } = await import('../../../src-main/core/secrets/keychain-error');

beforeEach(() => electronMock.reset());

type Item = { label?: string; role?: string; submenu?: Item[]; click?: () => void };
const flatten = (items: Item[]): Item[] => items.flatMap((i) => [i, ...flatten(i.submenu ?? [])]);

describe('application menu', () => {
  it('is Japanese or English as set, with the same items', () => {
    const ja = flatten(menuTemplate({ language: 'ja', development: false, platform: 'win32' }) as Item[]);
    const en = flatten(menuTemplate({ language: 'en', development: false, platform: 'win32' }) as Item[]);
    expect(ja.map((i) => i.label)).toContain('編集');
    expect(ja.map((i) => i.label)).toContain('貼り付け');
    expect(en.map((i) => i.label)).toContain('Edit');
    expect(ja.map((i) => i.role)).toEqual(en.map((i) => i.role));
  });

  it('offers reload and DevTools only in development', () => {
    const roles = (development: boolean) => flatten(menuTemplate({ language: 'en', development, platform: 'linux' }) as Item[]).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('help opens the utelecon site through the allowlist', async () => {
    applyAppMenu({ language: 'ja', development: false, platform: 'win32' });
    const items = flatten((electronMock.menu?.template ?? []) as Item[]);
    items.find((i) => i.label?.includes('utelecon'))?.click?.();
    await vi.waitFor(() => expect(shell.openExternal).toHaveBeenCalledWith('https://utelecon.adm.u-tokyo.ac.jp/'));
  });
});

describe('startup failure', () => {
  it('shows what to do when the keychain is unavailable, quits, and opens no window', async () => {
    openCore.mockRejectedValueOnce(keychainUnavailable(new Error('org.freedesktop.secrets not provided'), 'win32'));
    const running = startApp({ buildDir: '/app/.vite/build' });
    electronMock.app.readyResolve();
    expect(await running).toBeNull();
    expect(dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, body] = dialog.showErrorBox.mock.calls[0] ?? ["", ""];
    expect(title).toContain('Salvage Desk');
    expect(body).toContain('資格情報マネージャー');
    expect(body).toContain('Credential Manager');
    expect(body).toContain('Your data has not been changed');
    expect(body).not.toContain('org.freedesktop'); // the low-level cause stays out of the dialog
    expect(electronMock.app.exitCode).toBe(1);
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(electronMock.handlers.size).toBe(0);
  });

  it('gives a generic message for an unexpected error, without its text', async () => {
    openCore.mockRejectedValueOnce(new Error('SQLITE_NOTADB at /home/taro/.config/Salvage Desk/data/cases.db'));
    const running = startApp({ buildDir: '/app/.vite/build' });
    electronMock.app.readyResolve();
    await running;
    const [, body] = dialog.showErrorBox.mock.calls[0] ?? ["", ""];
    expect(body).toContain('contact IT support');
    expect(body).not.toMatch(/taro|SQLITE/);
  });

  it('shows a database error with its own advice', async () => {
    openCore.mockRejectedValueOnce(new CoreError('database-unreadable', { ja: '鍵が見つかりません。', en: 'The key is missing.' }));
    const running = startApp({ buildDir: '/app/.vite/build' });
    electronMock.app.readyResolve();
    await running;
    const [, body] = dialog.showErrorBox.mock.calls[0] ?? ["", ""];
    expect(body).toContain('The key is missing.');
    expect(body).toContain('database-unreadable');
  });
});

describe('printing a record', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints from a hidden sandboxed window that serves the PDF only during the job', async () => {
    const docs = new Map<string, Uint8Array>();
    const print = createRecordPrinter(docs, () => null, 0);
    let servedDuringJob = 0;
    const origLoad = BrowserWindow.prototype.loadURL;
    vi.spyOn(BrowserWindow.prototype, 'loadURL').mockImplementation(async function (this: BrowserWindow, url: string) {
      servedDuringJob = docs.size;
      return origLoad.call(this, url);
    });
    expect(await print(new TextEncoder().encode('%PDF'), 'SD-2026-0001')).toBe(true);
    const win = BrowserWindow.instances[0] as BrowserWindow;
    expect(win.options).toMatchObject({ show: false, title: 'SD-2026-0001', webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true } });
    expect((win.options.webPreferences as Record<string, unknown>).preload).toBeUndefined();
    expect(win.loadedUrls[0]).toMatch(/^app:\/\/print\/[0-9a-f-]{36}$/);
    expect(servedDuringJob).toBe(1);
    expect(docs.size).toBe(0);
    expect(win.destroyed).toBe(true);
    expect(win.webContents.print).toHaveBeenCalledWith(expect.objectContaining({ silent: false }), expect.any(Function));
  });

  it('reports a cancelled print dialog as not printed', async () => {
    const docs = new Map<string, Uint8Array>();
    vi.spyOn(BrowserWindow.prototype, 'loadURL').mockImplementation(async function (this: BrowserWindow) {
      this.webContents.printResult = false;
    });
    expect(await createRecordPrinter(docs, () => null, 0)(new Uint8Array(), 'SD-1')).toBe(false);
    expect(docs.size).toBe(0);
  });
});
