// The OS capabilities behind window.salvageDesk, through the real shell
// IPC with the central electron mock: copyText uses Electron's clipboard in main, and the mail form
// opens through the external-link guard, whose allowlist gains exactly the configured form.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, clipboard, ClipboardItem, electronMock, shell } from '../../support/electron-mock';
import { createFakeCore, fakeSettings, type FakeCore } from '../ipc/fake-core';

vi.mock('electron', () => import('../../support/electron-mock'));
const core: { current: FakeCore } = { current: createFakeCore() };
vi.mock('../../../src-main/core/index', () => ({
  openCore: vi.fn(async () => core.current),
  keytarSecretStore: vi.fn(() => ({})),
  restoreBackup: vi.fn(),
}));
const { startApp } = await import('../../../src-main/electron/start-app');
const { isAllowedExternalUrl, mailFormPrefixes } = await import('../../../src-main/electron/open-external-safely');
const { CLEAR_AFTER_MS, createClipboardGuard, privacyFormats } = await import('../../../src-main/electron/clipboard-guard');

const TEMPLATE = 'https://docs.google.com/forms/d/e/1FAIpQLSdesk/viewform?usp=pp_url&entry.1=%7B%7BapplicantName%7D%7D';

async function start() {
  core.current = createFakeCore();
  const running = startApp({ buildDir: '/app/.vite/build' });
  electronMock.app.readyResolve();
  if (!(await running)) throw new Error('startApp failed');
  const win = BrowserWindow.instances[0] as BrowserWindow;
  return { sender: win.webContents, senderFrame: win.webContents.mainFrame };
}

beforeEach(() => electronMock.reset());

describe('clipboard:copy-text', () => {
  const TEXT = '受付番号: ENG-2026-0001\n氏名: 東大 花子\n検証コード:\neyJ...';

  it('writes the text with Electron\u2019s clipboard in main, in one atomic write with its privacy mark', async () => {
    const from = await start();
    const result = await electronMock.invoke('clipboard:copy-text', from, { text: TEXT });
    expect(result).toEqual({ ok: true, value: { copied: true } });
    expect(clipboard.write).toHaveBeenCalledTimes(1);
    expect(await clipboard.readText()).toBe(TEXT);
    expect(electronMock.clipboardItems[0]!.types).toEqual(['text/plain', ...Object.keys(privacyFormats(process.platform))]);
  });

  it('on Windows the copy is kept out of clipboard history and the cloud clipboard', async () => {
    const guard = createClipboardGuard({ clipboard, makeItem: (items) => new ClipboardItem(items), platform: 'win32' });
    await guard.copy(TEXT);
    const item = electronMock.clipboardItems[0]!;
    expect(item.items['text/plain']).toBe(TEXT);
    const raw = (format: string) => item.items[`electron application/osclipboard;format="${format}"`] as Blob;
    expect(raw('ExcludeClipboardContentFromMonitorProcessing')).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await raw('CanIncludeInClipboardHistory').arrayBuffer())]).toEqual([0, 0, 0, 0]);
    expect([...new Uint8Array(await raw('CanUploadToCloudClipboard').arrayBuffer())]).toEqual([0, 0, 0, 0]);
  });

  it('where the OS refuses a privacy mark, the text is still copied (and still cleared later)', async () => {
    const refusing = { ...clipboard, write: vi.fn(async (items: InstanceType<typeof ClipboardItem>[]) => {
      if (items[0]!.types.length > 1) throw new Error('format not supported');
      await clipboard.write(items);
    }) };
    const guard = createClipboardGuard({ clipboard: refusing, makeItem: (items) => new ClipboardItem(items), platform: 'win32' });
    await guard.copy(TEXT);
    expect(refusing.write).toHaveBeenCalledTimes(2);
    expect(await clipboard.readText()).toBe(TEXT);
    await guard.clearIfOurs();
    expect(await clipboard.readText()).toBe('');
  });

  it('clears the clipboard a short time later while it still holds our text', async () => {
    vi.useFakeTimers();
    try {
      const from = await start();
      await electronMock.invoke('clipboard:copy-text', from, { text: TEXT });
      await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS - 1_000);
      expect(await clipboard.readText()).toBe(TEXT); // still there to paste
      await vi.advanceTimersByTimeAsync(2_000);
      expect(clipboard.clear).toHaveBeenCalledTimes(1);
      expect(await clipboard.readText()).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves alone what staff copied since', async () => {
    vi.useFakeTimers();
    try {
      const from = await start();
      await electronMock.invoke('clipboard:copy-text', from, { text: TEXT });
      await clipboard.writeText('something else staff copied');
      await vi.advanceTimersByTimeAsync(CLEAR_AFTER_MS + 1_000);
      expect(clipboard.clear).not.toHaveBeenCalled();
      expect(await clipboard.readText()).toBe('something else staff copied');
    } finally {
      vi.useRealTimers();
    }
  });

  it('clears our text at quit, before the timer', async () => {
    const from = await start();
    await electronMock.invoke('clipboard:copy-text', from, { text: TEXT });
    electronMock.app.quit();
    await vi.waitFor(() => expect(clipboard.clear).toHaveBeenCalled());
    expect(await clipboard.readText()).toBe('');
  });
});

describe('outbox:open-mail-form', () => {
  it('opens the configured form link in the system browser and returns the link', async () => {
    const from = await start();
    const result = await electronMock.invoke('outbox:open-mail-form', from, { id: 'sub-1', operator: '窓口 太郎' });
    expect(result).toMatchObject({ ok: true, value: { opened: true, url: 'https://forms.gle/ASFmXTbgNwncrWL28', prefilled: false } });
    expect(shell.openExternal).toHaveBeenCalledWith('https://forms.gle/ASFmXTbgNwncrWL28');
  });

  it('opens a prefilled link under the template\u2019s path', async () => {
    const from = await start();
    const url = 'https://docs.google.com/forms/d/e/1FAIpQLSdesk/viewform?usp=pp_url&entry.1=%E6%9D%B1%E5%A4%A7';
    vi.mocked(core.current.settings.get).mockResolvedValue({ ...fakeSettings, mailFormPrefillTemplate: TEMPLATE });
    vi.mocked(core.current.outbox.mailFormDestination).mockResolvedValue({ formUrl: fakeSettings.mailFormUrl, template: TEMPLATE, reason: null, otherThanDefault: null });
    vi.mocked(core.current.outbox.mailFormLink).mockResolvedValue({ url, prefilled: true, text: 'x', reason: null, otherThanDefault: null });
    expect(await electronMock.invoke('outbox:open-mail-form', from, { id: 'sub-1', operator: '窓口 太郎' })).toMatchObject({ ok: true, value: { opened: true } });
    expect(shell.openExternal).toHaveBeenCalledWith(url);
  });

  it('refuses a link outside the configured form (another form, another path) and opens nothing', async () => {
    const from = await start();
    vi.mocked(core.current.outbox.mailFormLink).mockResolvedValue({ url: 'https://docs.google.com/forms/d/e/OTHER/viewform', prefilled: true, text: 'x', reason: null, otherThanDefault: null });
    expect(await electronMock.invoke('outbox:open-mail-form', from, { id: 'sub-1', operator: '窓口 太郎' })).toMatchObject({ ok: true, value: { opened: false } });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('follows the confirmed destinations, not the settings: an unconfirmed form link and an unverified template are not allowed', async () => {
    const from = await start();
    const phish = 'https://phish.example/desk-form';
    const template = 'https://docs.google.com/forms/d/e/1FAIpQLSphish/viewform?entry.1=%7B%7BapplicantName%7D%7D';
    vi.mocked(core.current.settings.get).mockResolvedValue({ ...fakeSettings, mailFormUrl: phish, mailFormPrefillTemplate: template });
    for (const url of [`${phish}?name=x`, 'https://docs.google.com/forms/d/e/1FAIpQLSphish/viewform?entry.1=x']) {
      vi.mocked(core.current.outbox.mailFormLink).mockResolvedValueOnce({ url, prefilled: false, text: 'x', reason: null, otherThanDefault: null });
      expect(await electronMock.invoke('outbox:open-mail-form', from, { id: 'sub-1', operator: '窓口 太郎' })).toMatchObject({ ok: true, value: { opened: false } });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('the mail-form allowlist', () => {
  const prefixes = mailFormPrefixes({ mailFormUrl: 'https://forms.gle/ASFmXTbgNwncrWL28', mailFormPrefillTemplate: TEMPLATE });

  it.each([
    'https://forms.gle/ASFmXTbgNwncrWL28',
    'https://forms.gle/ASFmXTbgNwncrWL28?x=1',
    'https://docs.google.com/forms/d/e/1FAIpQLSdesk/viewform?usp=pp_url&entry.1=a',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url, prefixes)).toBe(true));

  it.each([
    'https://forms.gle/OTHERFORM',
    'https://forms.gle/ASFmXTbgNwncrWL28x',
    'https://docs.google.com/forms/d/e/OTHER/viewform',
    'https://docs.google.com/document/d/1',
    'http://forms.gle/ASFmXTbgNwncrWL28',
    'https://user@forms.gle/ASFmXTbgNwncrWL28',
    'https://forms.gle:8443/ASFmXTbgNwncrWL28',
    'https://evil.example/forms.gle/ASFmXTbgNwncrWL28',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url, prefixes)).toBe(false));

  it('without configuration allows no form at all, and a bare origin never becomes a prefix', () => {
    expect(isAllowedExternalUrl('https://forms.gle/ASFmXTbgNwncrWL28')).toBe(false);
    expect(mailFormPrefixes({ mailFormUrl: 'https://forms.gle/', mailFormPrefillTemplate: null })).toEqual([]);
  });
});
