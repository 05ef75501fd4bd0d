import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, MockEvent, electronMock, shell } from '../../support/electron-mock';

vi.mock('electron', () => import('../../support/electron-mock'));
const { guardSession, installWebContentsGuard } = await import('../../../src-main/electron/web-contents-guard');
const { isAllowedExternalUrl, openExternalSafely } = await import('../../../src-main/electron/open-external-safely');

beforeEach(() => {
  electronMock.reset();
  installWebContentsGuard();
});

describe('web-contents guard', () => {
  it('is installed on every web contents created later, and denies every new window', () => {
    const win = new BrowserWindow();
    expect(win.webContents.windowOpenHandler).not.toBeNull();
    for (const url of ['https://evil.example/', 'app://main_window/index.html', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(win.webContents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('sends an allowlisted help link to the system browser instead of opening a window', () => {
    const win = new BrowserWindow();
    expect(win.webContents.windowOpenHandler?.({ url: 'https://utelecon.adm.u-tokyo.ac.jp/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://utelecon.adm.u-tokyo.ac.jp/');
  });

  it.each(['https://evil.example/', 'http://127.0.0.1:9/', 'file:///etc/passwd', 'data:text/html,<script>1</script>', 'about:blank'])(
    'blocks navigation and redirects to %s',
    (url) => {
      const win = new BrowserWindow();
      expect(win.webContents.fire('will-navigate', url).defaultPrevented).toBe(true);
      expect(win.webContents.fire('will-redirect', url).defaultPrevented).toBe(true);
      const frameEvent = new MockEvent({ url, isMainFrame: true });
      win.webContents.emit('will-frame-navigate', frameEvent);
      expect(frameEvent.defaultPrevented).toBe(true);
    },
  );

  it('lets the app navigate within app://, and the built-in PDF viewer load in the print window', () => {
    const win = new BrowserWindow();
    expect(win.webContents.fire('will-navigate', 'app://main_window/index.html#/cases').defaultPrevented).toBe(false);
    const frameEvent = new MockEvent({ url: 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html' });
    win.webContents.emit('will-frame-navigate', frameEvent);
    expect(frameEvent.defaultPrevented).toBe(false);
    expect(win.webContents.fire('will-navigate', 'chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/x.html').defaultPrevented).toBe(true);
  });

  it('lets a subframe, but never the window itself, become about:blank', () => {
    const win = new BrowserWindow();
    const sub = new MockEvent({ url: 'about:blank', isMainFrame: false });
    win.webContents.emit('will-frame-navigate', sub);
    expect(sub.defaultPrevented).toBe(false);
    const main = new MockEvent({ url: 'about:blank', isMainFrame: true });
    win.webContents.emit('will-frame-navigate', main);
    expect(main.defaultPrevented).toBe(true);
  });

  it('refuses <webview>', () => {
    const win = new BrowserWindow();
    expect(win.webContents.fire('will-attach-webview').defaultPrevented).toBe(true);
  });

  it('rejects every certificate error', () => {
    const callback = vi.fn();
    electronMock.app.emit('certificate-error', new MockEvent(), null, 'https://desk.example/', 'net::ERR_CERT_AUTHORITY_INVALID', {}, callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('denies every permission request and check', () => {
    guardSession(electronMock.session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      electronMock.session.permissionRequestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(electronMock.session.permissionCheckHandler?.({}, permission, 'app://main_window', {})).toBe(false);
    }
    expect(electronMock.session.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });
});

describe('openExternalSafely', () => {
  it.each(['https://utelecon.adm.u-tokyo.ac.jp/support/', 'https://www.u-tokyo.ac.jp/ja/index.html'])('opens %s', async (url) => {
    expect(await openExternalSafely(url)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith(url);
  });

  it.each([
    'http://utelecon.adm.u-tokyo.ac.jp/', // not https
    'https://utelecon.adm.u-tokyo.ac.jp.evil.example/',
    'https://evil.example/?u=https://www.u-tokyo.ac.jp',
    'https://user:pw@www.u-tokyo.ac.jp/',
    'https://www.u-tokyo.ac.jp:8443/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'not a url',
  ])('refuses %s', async (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
    expect(await openExternalSafely(url)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
