// Wires the shell together once Electron is ready: core → protocol → IPC → menu → lifecycle →
// window. Every piece is its own module; this file only decides the order.
import path from 'node:path';
import { app, net, session, type BrowserWindow } from 'electron';
import type { Language } from '../../src-shared/core-api';
import type { Core, SecretStore } from '../core/core-types';
import { keytarSecretStore, memorySecretStore, openCore, restoreBackup } from '../core/index';
import { settleRestoreAtStart } from '../core/backup/swap-data-dir';
import { createHandlers, type OutputHost } from '../ipc/handlers';
import { applyAppMenu } from './app-menu';
import { handleAppProtocol } from './app-protocol';
import { createMainWindow } from './create-main-window';
import { chooseBackupToRestore, chooseProfileToImport, chooseSavePath, confirmRestore, type DialogContext } from './dialogs';
import { deskVerifierPageReader, deskVerifierPath } from './desk-verifier-page';
import { devServerUrl, rendererName } from './forge-env';
import { createInFlight, type InFlight } from './in-flight';
import { registerIpcHandlers, sendEvent } from './ipc-main';
import { startLifecycle, type Lifecycle } from './lifecycle';
import { createRecordPrinter } from './print-record';
import { createRestoreFlow } from './restore-flow';
import { APP_TITLE } from './shell-messages';
import { showStartupError } from './startup-error';
import { clearOurClipboard, systemBridge } from './system-bridge';
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

/** What the start steps share: where things are, and the state that changes while the app runs. */
interface Shell {
  readonly paths: ShellPaths;
  readonly devUrl: string | null;
  readonly devOrigin: string | null;
  readonly development: boolean;
  mainWindow: BrowserWindow | null;
  /** The UI language: dialogs and the menu follow it when settings change. */
  language: Language;
  lifecycle: Lifecycle | null;
}

function createShell(paths: ShellPaths): Shell {
  const devUrl = devServerUrl();
  return {
    paths,
    devUrl,
    devOrigin: devUrl ? new URL(devUrl).origin : null,
    development: !app.isPackaged,
    mainWindow: null,
    language: 'ja',
    lifecycle: null,
  };
}

/** A second launch focuses the open window; closing the last window quits. */
function installAppEvents(shell: Shell): void {
  installWebContentsGuard({ devServerOrigin: shell.devOrigin });
  app.on('second-instance', () => {
    const win = shell.mainWindow;
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());
}

/** Where the data lives and the keychain that holds its key (known once Electron is ready). */
interface Storage {
  readonly dataDir: string;
  readonly secrets: SecretStore;
}

function storageFor(paths: ShellPaths): Storage {
  return {
    dataDir: path.join(app.getPath('userData'), 'data'),
    secrets: paths.memoryKeychain ? memorySecretStore() : keytarSecretStore(),
  };
}

/** The core, or null after telling the user why it could not open (the app then exits untouched). */
async function openCoreOrExit({ dataDir, secrets }: Storage): Promise<Core | null> {
  try {
    await settleRestoreAtStart(dataDir, secrets); // a restore the last run could not settle: finished before anything opens
    return await openCore({
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
}

/** Restoring a backup: confirm, shut down, check the restored data opens, then restart on it. */
function restoreFlow(shell: Shell, { dataDir, secrets }: Storage, dialogs: DialogContext): NonNullable<OutputHost['restoreBackup']> {
  return createRestoreFlow({
    dataDir,
    secrets,
    restoreBackup,
    confirm: () => confirmRestore(dialogs),
    shutdown: () => shell.lifecycle?.shutdown() ?? Promise.resolve(),
    checkOpens: async (dir) => {
      const opened = await openCore({ dataDir: dir, secrets });
      await opened.close();
    },
    restart: () => {
      app.relaunch();
      app.quit();
    },
  });
}

/** The desktop side of the IPC handlers: native dialogs, the printer, clipboard and browser. */
function desktopHost(shell: Shell, storage: Storage, printDocuments: Map<string, Uint8Array>): OutputHost {
  const dialogs: DialogContext = { window: () => shell.mainWindow, language: () => shell.language };
  return {
    chooseSavePath: (kind, name) => chooseSavePath(dialogs, kind, name),
    chooseBackupToRestore: () => chooseBackupToRestore(dialogs),
    chooseProfileToImport: () => chooseProfileToImport(dialogs),
    deskVerifierPage: deskVerifierPageReader(deskVerifierPath(app.isPackaged, process.resourcesPath, app.getAppPath())),
    printPdf: createRecordPrinter(printDocuments, () => shell.mainWindow),
    ...systemBridge,
    restoreBackup: restoreFlow(shell, storage, dialogs),
  };
}

/** One handler per channel, for the main window only; a language change redraws the menu. */
function registerIpc(shell: Shell, core: Core, host: OutputHost, inFlight: InFlight): () => void {
  const menu = () => applyAppMenu({ language: shell.language, development: shell.development, platform: process.platform });
  registerIpcHandlers({
    handlers: createHandlers(core, host),
    isTrustedSender: (event) => isTrustedSender(event, shell.mainWindow, shell.devOrigin),
    inFlight,
    afterCall: (channel, result) => {
      if (channel === 'settings:update-settings' && result.ok) {
        const next = (result.value as { language: Language }).language;
        if (next !== shell.language) {
          shell.language = next;
          menu();
        }
      }
    },
  });
  return menu;
}

function openMainWindow(shell: Shell, lifecycle: Lifecycle): void {
  const win = createMainWindow({
    preloadPath: path.join(shell.paths.buildDir, 'preload.cjs'),
    devServerUrl: shell.devUrl,
    devTools: shell.development,
    title: APP_TITLE[shell.language],
  });
  shell.mainWindow = win;
  // The renderer learns the network state on every (re)load; later changes are pushed.
  win.webContents.on('did-finish-load', () => sendEvent(win.webContents, 'network:changed', { online: lifecycle.online() }));
  win.on('closed', () => {
    shell.mainWindow = null;
  });
}

/** Call after the single-instance lock was obtained. Resolves null when startup failed (app exits). */
export async function startApp(paths: ShellPaths): Promise<RunningApp | null> {
  const shell = createShell(paths);
  installAppEvents(shell);
  await app.whenReady();
  guardSession(session.defaultSession);

  const storage = storageFor(paths);
  const core = await openCoreOrExit(storage);
  if (!core) return null;
  const printDocuments = new Map<string, Uint8Array>();
  handleAppProtocol(path.join(paths.buildDir, '..', 'renderer', rendererName()), printDocuments);

  shell.language = (await core.settings.get()).language;
  const inFlight = createInFlight();
  const menu = registerIpc(shell, core, desktopHost(shell, storage, printDocuments), inFlight);
  menu();
  const lifecycle = startLifecycle({ core, window: () => shell.mainWindow, inFlight, beforeClose: clearOurClipboard });
  shell.lifecycle = lifecycle;
  openMainWindow(shell, lifecycle);
  return { core, window: () => shell.mainWindow, closed: lifecycle.closed };
}
