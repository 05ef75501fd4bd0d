// The types every handler file shares: one handler per channel, and the desktop services
// (dialogs, printer, clipboard, browser) the Electron shell and the browser preview each provide.
import type { z } from 'zod';
import type { Channel, ResponseOf, ipcContract } from '../../src-shared/ipc-contract';

export type ParsedRequest<C extends Channel> = z.output<(typeof ipcContract)[C]['request']>;
export type ChannelHandlers = { readonly [C in Channel]: (request: ParsedRequest<C>) => Promise<ResponseOf<C>> };

/** What a save dialog is for: picks the title, the filters and the remembered folder. */
export type SaveKind = 'record-pdf' | 'applicant-notice-pdf' | 'public-key' | 'backup' | 'ledger' | 'profile' | 'desk-verifier';

export interface OutputHost {
  /**
   * Ask where to save; null when the user cancels. `defaultName` never contains personal data.
   * Handlers call it only through saveThroughDialog, the one cancel behaviour.
   */
  chooseSavePath(kind: SaveKind, defaultName: string): Promise<string | null>;
  /** Ask which backup file to restore; null when the user cancels. */
  chooseBackupToRestore(): Promise<string | null>;
  /**
   * Print a PDF through the system print dialog; false when the user cancels. `jobName` names the
   * print job (and the preview's file): a case number or a date, never personal data.
   */
  printPdf(pdf: Uint8Array, jobName: string): Promise<boolean>;
  /** Put text on the system clipboard (Electron's clipboard in main; the preview writes it to its output). */
  copyText(text: string): Promise<void>;
  /**
   * Open the desk's mail form in the system browser, allowing exactly `form`'s link and template
   * origin and path prefix — the confirmed destination (core.outbox.mailFormDestination), never the
   * raw settings; false when the URL is not one of them.
   */
  openMailForm(url: string, form: { readonly mailFormUrl: string; readonly mailFormPrefillTemplate: string | null }): Promise<boolean>;
  /** Ask which department profile (*.salvage-profile.json) to import; null when the user cancels; absent when unsupported. */
  chooseProfileToImport?(): Promise<string | null>;
  /** The desk's verifier page that ships with the app (its HTML); null when this build has none. */
  deskVerifierPage?(): Promise<string | null>;
  /** Replace the data with a backup (the app restarts on it); false when the user cancels; absent when unsupported. */
  restoreBackup?(path: string, passphrase: string, operator: string): Promise<boolean>;
}
