// The OS capabilities the renderer reaches only through window.salvageDesk: the
// clipboard (Electron's clipboard in main, because the window's permission handler denies the web
// Clipboard API) and the desk's mail form in the system browser, through the external-link guard.
import { clipboard } from 'electron';
import type { OutputHost } from '../ipc/handlers';
import { mailFormPrefixes, openExternalSafely } from './open-external-safely';

export const systemBridge: Pick<OutputHost, 'copyText' | 'openMailForm'> = {
  async copyText(text) {
    clipboard.writeText(text);
  },
  openMailForm: (url, form) => openExternalSafely(url, mailFormPrefixes(form)),
};
