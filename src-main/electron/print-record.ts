// Printing a record, an applicant's notice or the case list: the PDF is shown in Chromium's built-in PDF viewer inside a hidden, sandboxed
// window (no preload, no Node) and printed through the system print dialog. The bytes are served
// from memory over app://print/<random id> for the duration of the job — no temporary file with
// personal data is written. (webContents.print() on a PDF printed a blank page before Electron
// 30: https://github.com/electron/electron/pull/43309; Electron 45 has the fix.)
import { randomUUID } from 'node:crypto';
import { BrowserWindow } from 'electron';
import { APP_SCHEME, PRINT_HOST } from './app-protocol';

/** Let the viewer lay out the pages before the print dialog snapshots them. */
const VIEWER_SETTLE_MS = 400;

export function createRecordPrinter(documents: Map<string, Uint8Array>, parent: () => BrowserWindow | null, settleMs = VIEWER_SETTLE_MS) {
  return async function printPdf(pdf: Uint8Array, jobName: string): Promise<boolean> {
    const id = randomUUID();
    documents.set(id, pdf);
    const owner = parent();
    const win = new BrowserWindow({
      show: false,
      title: jobName, // the print job's name in the spooler: a case number or a date, nothing personal
      ...(owner ? { parent: owner } : {}),
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        spellcheck: false,
        devTools: false,
        plugins: true, // the built-in PDF viewer is a plugin
        disableBlinkFeatures: 'Auxclick',
      },
    });
    try {
      await win.loadURL(`${APP_SCHEME}://${PRINT_HOST}/${id}`);
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      return await new Promise<boolean>((resolve) => {
        win.webContents.print({ silent: false, printBackground: true }, (success) => resolve(success));
      });
    } finally {
      documents.delete(id);
      if (!win.isDestroyed()) win.destroy();
    }
  };
}
