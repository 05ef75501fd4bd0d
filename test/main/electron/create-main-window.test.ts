import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, electronMock } from '../../support/electron-mock';

vi.mock('electron', () => import('../../support/electron-mock'));
const { createMainWindow, MAIN_WINDOW_URL } = await import('../../../src-main/electron/create-main-window');

beforeEach(() => electronMock.reset());

describe('createMainWindow', () => {
  it('creates the window with exactly the secure preferences', () => {
    createMainWindow({ preloadPath: '/app/.vite/build/preload.cjs', devServerUrl: null, devTools: false, title: 'Salvage Desk' });
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(BrowserWindow.instances[0]?.options.webPreferences).toStrictEqual({
      preload: '/app/.vite/build/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('loads the renderer from app://, never file://', () => {
    const win = createMainWindow({ preloadPath: '/p.cjs', devServerUrl: null, devTools: false, title: 'x' }) as unknown as BrowserWindow;
    expect(win.loadedUrls).toEqual([MAIN_WINDOW_URL]);
    expect(MAIN_WINDOW_URL).toBe('app://main_window/index.html');
  });

  it('loads the Vite dev server in development, with DevTools allowed only then', () => {
    const win = createMainWindow({ preloadPath: '/p.cjs', devServerUrl: 'http://localhost:5173', devTools: true, title: 'x' }) as unknown as BrowserWindow;
    expect(win.loadedUrls).toEqual(['http://localhost:5173']);
    expect((win.options.webPreferences as { devTools: boolean }).devTools).toBe(true);
  });
});
