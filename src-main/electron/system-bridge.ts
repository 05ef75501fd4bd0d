// The OS capabilities the renderer reaches only through window.salvageDesk: the clipboard
// (Electron's clipboard in main, because the window's permission handler denies the web Clipboard
// API; marked private and cleared soon after, clipboard-guard.ts) and the desk's mail form in the
// system browser, through the external-link guard.
import { clipboard, ClipboardItem } from 'electron';
import type { OutputHost } from '../ipc/handlers';
import { createClipboardGuard } from './clipboard-guard';
import { mailFormPrefixes, openExternalSafely } from './open-external-safely';

const guard = createClipboardGuard({
  clipboard,
  makeItem: (items) => new ClipboardItem(items),
  platform: process.platform,
});

/** Clear the clipboard if it still holds what the app copied (the shell calls this at quit). */
export const clearOurClipboard = (): Promise<void> => guard.clearIfOurs();

export const systemBridge: Pick<OutputHost, 'copyText' | 'openMailForm'> = {
  copyText: (text) => guard.copy(text),
  openMailForm: (url, form) => openExternalSafely(url, mailFormPrefixes(form)),
};
