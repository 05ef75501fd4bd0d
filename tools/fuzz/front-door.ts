// The IPC front door for the fuzz: a stand-in for our main window and its top frame, the events
// its page sends, and the events a forged sender could send (a subframe, another page, another
// window, no frame at all). They go through the shell's own sender check (trusted-sender.ts).
import { APP_ORIGIN } from '../../src-main/electron/app-origin';
import { isTrustedSender } from '../../src-main/electron/trusted-sender';

// Electron's own types, named through the sender check (tools never import electron).
type IpcMainInvokeEvent = Parameters<typeof isTrustedSender>[0];
type BrowserWindow = NonNullable<Parameters<typeof isTrustedSender>[1]>;

interface Frame { readonly url: string; readonly parent: Frame | null; readonly processId: number; readonly routingId: number }

const top: Frame = { url: `${APP_ORIGIN}/index.html`, parent: null, processId: 4, routingId: 1 };
const contents = { mainFrame: top };
const window = { isDestroyed: () => false, webContents: contents } as unknown as BrowserWindow;

const event = (sender: unknown, senderFrame: Frame | null): IpcMainInvokeEvent => ({ sender, senderFrame } as unknown as IpcMainInvokeEvent);

/** What our own page sends. */
export const trustedEvent = event(contents, top);

/** Senders the shell must refuse, each a way a hostile page could try. */
export const forgedEvents: readonly { readonly what: string; readonly event: IpcMainInvokeEvent }[] = [
  { what: 'subframe', event: event(contents, { ...top, url: `${APP_ORIGIN}/frame.html`, parent: top, routingId: 2 }) },
  { what: 'navigated elsewhere', event: event(contents, { ...top, url: 'https://phish.example/desk' }) },
  { what: 'file page', event: event(contents, { ...top, url: 'file:///C:/Users/x/evil.html' }) },
  { what: 'print window', event: event({ mainFrame: top }, top) },
  { what: 'no frame', event: event(contents, null) },
  { what: 'other process', event: event(contents, { ...top, processId: 9 }) },
];

export const senderCheck = (e: IpcMainInvokeEvent): boolean => isTrustedSender(e, window, null);
