// The one `electron` stand-in for shell tests (Electron cannot be downloaded or launched here).
// Use in a test file:   vi.mock('electron', () => import('../../support/electron-mock'));
// then drive it through `electronMock` (state, helpers) and reset it in beforeEach.
// It imitates only the parts of Electron's API the shell uses, with the same names and shapes
// (checked against node_modules/electron/electron.d.ts); calls are recorded for assertions.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';

/** An Electron-style event: listeners may call preventDefault(). */
export class MockEvent {
  defaultPrevented = false;
  constructor(readonly extra: Record<string, unknown> = {}) {
    Object.assign(this, extra);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

let nextId = 1;

export class MockWebFrameMain {
  parent: MockWebFrameMain | null = null;
  readonly routingId = nextId++;
  constructor(public url: string, readonly processId = 1) {}
}

export class MockWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = new MockWebFrameMain('about:blank');
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  destroyed = false;
  printResult = true;
  readonly print = vi.fn((_options: unknown, callback?: (success: boolean, reason: string) => void) => {
    callback?.(this.printResult, this.printResult ? '' : 'cancelled');
  });
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  /** Emit like Chromium does and report whether a listener prevented the default. */
  fire(event: string, ...args: unknown[]): MockEvent {
    const e = new MockEvent(typeof args[0] === 'string' ? { url: args[0] } : {});
    this.emit(event, e, ...args);
    return e;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly instances: BrowserWindow[] = [];
  readonly webContents = new MockWebContents();
  readonly loadedUrls: string[] = [];
  destroyed = false;
  minimized = false;
  focused = false;
  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    BrowserWindow.instances.push(this);
    electronMock.app.emit('web-contents-created', new MockEvent(), this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.webContents.mainFrame.url = url;
  }
  show(): void {}
  focus(): void {
    this.focused = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

class MockApp extends EventEmitter {
  isPackaged = false;
  hasLock = true;
  readyResolve: () => void = () => undefined;
  ready = new Promise<void>((resolve) => {
    this.readyResolve = resolve;
  });
  userData = '';
  quitCalls = 0;
  exitCode: number | null = null;
  readonly whenReady = vi.fn(() => this.ready);
  readonly requestSingleInstanceLock = vi.fn(() => this.hasLock);
  readonly enableSandbox = vi.fn();
  readonly getPath = vi.fn((name: string) => {
    this.userData ||= mkdtempSync(path.join(tmpdir(), 'sd-electron-mock-'));
    return path.join(this.userData, name);
  });
  /** The checkout's root, as for `electron-forge start`. */
  readonly getAppPath = vi.fn(() => process.cwd());
  /** Like Electron: emits before-quit; quits only if nobody prevented it. */
  readonly quit = vi.fn(() => {
    this.quitCalls += 1;
    const event = new MockEvent();
    this.emit('before-quit', event);
    if (!event.defaultPrevented) this.emit('will-quit', new MockEvent());
  });
  readonly exit = vi.fn((code = 0) => {
    this.exitCode = code;
  });
  readonly relaunch = vi.fn();
}

type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;

function createState() {
  const app = new MockApp();
  const handlers = new Map<string, IpcHandler>();
  const rendererListeners = new EventEmitter();
  const session = {
    permissionRequestHandler: null as null | ((...args: unknown[]) => void),
    permissionCheckHandler: null as null | ((...args: unknown[]) => boolean),
    devicePermissionHandler: null as null | ((...args: unknown[]) => boolean),
    setPermissionRequestHandler(h: (...args: unknown[]) => void) {
      this.permissionRequestHandler = h;
    },
    setPermissionCheckHandler(h: (...args: unknown[]) => boolean) {
      this.permissionCheckHandler = h;
    },
    setDevicePermissionHandler(h: (...args: unknown[]) => boolean) {
      this.devicePermissionHandler = h;
    },
  };
  return {
    app,
    handlers,
    rendererListeners,
    session,
    online: true,
    exposed: new Map<string, unknown>(),
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
    menu: null as null | { template: unknown[] },
    saveDialogResult: { canceled: false, filePath: '' } as { canceled: boolean; filePath?: string },
    openDialogResult: { canceled: false, filePaths: [] as string[] },
    messageBoxResponse: 0,
    /** What the system clipboard holds (clipboard.write / writeText / clear). */
    clipboardItems: [] as ClipboardItem[],
    /** The sender the next ipcRenderer.invoke pretends to come from. */
    rendererSender: null as null | { sender: MockWebContents; senderFrame: MockWebFrameMain | null },
  };
}

export const electronMock = {
  ...createState(),
  reset(): void {
    Object.assign(electronMock, createState());
    BrowserWindow.instances.length = 0;
    vi.clearAllMocks();
  },
  /** Call a registered ipcMain handler as if `sender` sent it. */
  async invoke(channel: string, event: unknown, payload: unknown): Promise<unknown> {
    const handler = electronMock.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, payload);
  },
};

export const app = new Proxy({} as MockApp, { get: (_t, prop) => Reflect.get(electronMock.app, prop, electronMock.app) });

export const ipcMain = {
  handle: vi.fn((channel: string, handler: IpcHandler) => {
    if (electronMock.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    electronMock.handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => electronMock.handlers.delete(channel)),
};

export const ipcRenderer = {
  invoke: vi.fn(async (channel: string, payload: unknown) => electronMock.invoke(channel, electronMock.rendererSender, payload)),
  on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => electronMock.rendererListeners.on(channel, listener)),
  removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => electronMock.rendererListeners.removeListener(channel, listener)),
};

export const contextBridge = {
  exposeInMainWorld: vi.fn((key: string, api: unknown) => electronMock.exposed.set(key, api)),
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => electronMock.privilegedSchemes.push(...schemes)),
  handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response> | Response) => electronMock.protocolHandlers.set(scheme, handler)),
};

export const session = {
  get defaultSession() {
    return electronMock.session;
  },
};

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };

/** Electron's ClipboardItem: the MIME types and payloads of one clipboard entry. */
export class ClipboardItem {
  readonly types: string[];
  constructor(readonly items: Record<string, unknown>) {
    this.types = Object.keys(items);
  }
}

/** Electron's clipboard (W3C-style, async): holds what was last written, as the OS clipboard would. */
export const clipboard = {
  write: vi.fn(async (items: ClipboardItem[]) => {
    electronMock.clipboardItems = items;
  }),
  writeText: vi.fn(async (text: string) => {
    electronMock.clipboardItems = [new ClipboardItem({ 'text/plain': text })];
  }),
  readText: vi.fn(async () => {
    const text = electronMock.clipboardItems[0]?.items['text/plain'];
    return typeof text === 'string' ? text : '';
  }),
  clear: vi.fn(() => {
    electronMock.clipboardItems = [];
  }),
};

export const dialog = {
  showSaveDialog: vi.fn(async (..._args: unknown[]) => electronMock.saveDialogResult),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => electronMock.openDialogResult),
  showErrorBox: vi.fn((_title: string, _content: string) => undefined),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: electronMock.messageBoxResponse, checkboxChecked: false })),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn((menu: { template: unknown[] } | null) => {
    electronMock.menu = menu;
  }),
};

export const net = {
  isOnline: vi.fn(() => electronMock.online),
  fetch: vi.fn(async () => new Response('')),
};

export default { app, BrowserWindow, ipcMain, ipcRenderer, contextBridge, protocol, session, shell, clipboard, ClipboardItem, dialog, Menu, net };
