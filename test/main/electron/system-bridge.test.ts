// The OS capabilities behind window.salvageDesk, through the real shell
// IPC with the central electron mock: copyText uses Electron's clipboard in main, and the mail form
// opens through the external-link guard, whose allowlist gains exactly the configured form.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, clipboard, electronMock, shell } from '../../support/electron-mock';
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
  it('writes the text with Electron\u2019s clipboard in main (the renderer\u2019s Clipboard API is denied)', async () => {
    const from = await start();
    const result = await electronMock.invoke('clipboard:copy-text', from, { text: '受付番号: ENG-2026-0001\n検証コード:\neyJ...' });
    expect(result).toEqual({ ok: true, value: { copied: true } });
    expect(clipboard.writeText).toHaveBeenCalledWith('受付番号: ENG-2026-0001\n検証コード:\neyJ...');
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
    vi.mocked(core.current.outbox.mailFormLink).mockResolvedValue({ url, prefilled: true, text: 'x' });
    expect(await electronMock.invoke('outbox:open-mail-form', from, { id: 'sub-1', operator: '窓口 太郎' })).toMatchObject({ ok: true, value: { opened: true } });
    expect(shell.openExternal).toHaveBeenCalledWith(url);
  });

  it('refuses a link outside the configured form (another form, another path) and opens nothing', async () => {
    const from = await start();
    vi.mocked(core.current.outbox.mailFormLink).mockResolvedValue({ url: 'https://docs.google.com/forms/d/e/OTHER/viewform', prefilled: true, text: 'x' });
    expect(await electronMock.invoke('outbox:open-mail-form', from, { id: 'sub-1', operator: '窓口 太郎' })).toMatchObject({ ok: true, value: { opened: false } });
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
