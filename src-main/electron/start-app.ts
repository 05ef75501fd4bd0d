// Wires the shell together once Electron is ready: core → protocol → IPC → menu → lifecycle →
// window. Every piece is its own module; this file only decides the order.
import path from 'node:path';
import { app, net, session, type BrowserWindow } from 'electron';
import type { Language } from '../../src-shared/core-api';
import type { Core } from '../core/core-types';
import { keytarSecretStore, memorySecretStore, openCore, restoreBackup } from '../core/index';
import { settleRestore } from '../core/backup/swap-data-dir';
import { createHandlers, type OutputHost } from '../ipc/handlers';
import { applyAppMenu } from './app-menu';
import { handleAppProtocol } from './app-protocol';
import { createMainWindow } from './create-main-window';
import { chooseBackupToRestore, chooseProfileToImport, chooseSavePath, confirmRestore, type DialogContext } from './dialogs';
import { devServerUrl, rendererName } from './forge-env';
import { createInFlight } from './in-flight';
import { registerIpcHandlers, sendEvent } from './ipc-main';
import { startLifecycle, type Lifecycle } from './lifecycle';
import { createRecordPrinter } from './print-record';
import { createRestoreFlow } from './restore-flow';
import { APP_TITLE } from './shell-messages';
import { showStartupError } from './startup-error';
import { systemBridge } from './system-bridge';
import { isTrustedSender } from './trusted-sender';
import { guardSession, installWebContentsGuard } from './web-contents-guard';

export interface ShellPaths {
  /** Folder of the built main bundle (__dirname of main.cjs): preload.cjs sits next to it. */
  readonly buildDir: string;
  /** Smoke test only (test-build.ts): the database key in memory instead of the OS keychain. */
  readonly memoryKeychain?: boolean;
}

export interface RunningApp {
  readonly core: Core;
  readonly window: () => BrowserWindow | null;
  readonly closed: Promise<void>;
}

/** Call after the single-instance lock was obtained. Resolves null when startup failed (app exits). */
export async function startApp(paths: ShellPaths): Promise<RunningApp | null> {
  const devUrl = devServerUrl();
  const devOrigin = devUrl ? new URL(devUrl).origin : null;
  const development = !app.isPackaged;
  let mainWindow: BrowserWindow | null = null;

  installWebContentsGuard({ devServerOrigin: devOrigin });
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  guardSession(session.defaultSession);

  const dataDir = path.join(app.getPath('userData'), 'data');
  const secrets = paths.memoryKeychain ? memorySecretStore() : keytarSecretStore();
  let core: Core;
  try {
    settleRestore(dataDir); // a restore the last run could not settle: finished before anything opens
    core = await openCore({
      dataDir,
      secrets,
      // System proxy and certificate store (SPEC §4); same contract as fetch.
      fetch: net.fetch as unknown as typeof fetch,
    });
  } catch (error) {
    showStartupError(error);
    app.exit(1); // quit without touching the data
    return null;
  }

  const printDocuments = new Map<string, Uint8Array>();
  handleAppProtocol(path.join(paths.buildDir, '..', 'renderer', rendererName()), printDocuments);

  let language: Language = (await core.settings.get()).language;
  const dialogs: DialogContext = { window: () => mainWindow, language: () => language };
  const host: OutputHost = {
    chooseSavePath: (kind, name) => chooseSavePath(dialogs, kind, name),
    chooseBackupToRestore: () => chooseBackupToRestore(dialogs),
    chooseProfileToImport: () => chooseProfileToImport(dialogs),
    printPdf: createRecordPrinter(printDocuments, () => mainWindow),
    ...systemBridge,
    restoreBackup: createRestoreFlow({
      dataDir,
      secrets,
      restoreBackup,
      confirm: () => confirmRestore(dialogs),
      shutdown: () => lifecycle?.shutdown() ?? Promise.resolve(),
      checkOpens: async (dir) => {
        const opened = await openCore({ dataDir: dir, secrets });
        await opened.close();
      },
      restart: () => {
        app.relaunch();
        app.quit();
      },
    }),
  };
  let lifecycle: Lifecycle | null = null;
  const inFlight = createInFlight();
  const menu = () => applyAppMenu({ language, development, platform: process.platform });
  registerIpcHandlers({
    handlers: createHandlers(core, host),
    isTrustedSender: (event) => isTrustedSender(event, mainWindow, devOrigin),
    inFlight,
    afterCall: (channel, result) => {
      if (channel === 'settings:update-settings' && result.ok) {
        const next = (result.value as { language: Language }).language;
        if (next !== language) {
          language = next;
          menu();
        }
      }
    },
  });
  menu();
  const started = startLifecycle({ core, window: () => mainWindow, inFlight });
  lifecycle = started;

  const win = createMainWindow({
    preloadPath: path.join(paths.buildDir, 'preload.cjs'),
    devServerUrl: devUrl,
    devTools: development,
    title: APP_TITLE[language],
  });
  mainWindow = win;
  // The renderer learns the network state on every (re)load; later changes are pushed.
  win.webContents.on('did-finish-load', () => sendEvent(win.webContents, 'network:changed', { online: started.online() }));
  win.on('closed', () => {
    mainWindow = null;
  });
  return { core, window: () => mainWindow, closed: started.closed };
}
