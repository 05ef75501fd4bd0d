// Check 1 of every IPC handler: the message comes from our main window's top frame showing our
// own page (app://main_window, or the Vite dev server in development) — not from a subframe, a
// print window, or a page that somehow navigated elsewhere. Compare Desktop's trusted-ipc-sender.ts.
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';

export function isOwnPageUrl(raw: string, devServerOrigin: string | null): boolean {
  try {
    const url = new URL(raw);
    if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
    return devServerOrigin !== null && url.origin === devServerOrigin;
  } catch {
    return false;
  }
}

export function isTrustedSender(event: IpcMainInvokeEvent, mainWindow: BrowserWindow | null, devServerOrigin: string | null): boolean {
  try {
    return checkSender(event, mainWindow, devServerOrigin);
  } catch {
    return false; // a frame disposed on the way throws when read: not a sender we can trust
  }
}

function checkSender(event: IpcMainInvokeEvent, mainWindow: BrowserWindow | null, devServerOrigin: string | null): boolean {
  if (!mainWindow || mainWindow.isDestroyed()) return false;
  const contents = mainWindow.webContents;
  const frame = event.senderFrame;
  if (!frame || event.sender !== contents) return false;
  const top = contents.mainFrame;
  if (frame.parent !== null || frame.processId !== top.processId || frame.routingId !== top.routingId) return false;
  return isOwnPageUrl(frame.url, devServerOrigin);
}
