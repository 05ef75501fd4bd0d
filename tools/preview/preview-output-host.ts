// The preview's OutputHost: a browser tab has no native dialogs or printer, so "save" writes into
// an output folder of the preview's data dir, and "print" writes the PDF there too (to open and
// print by hand). File names are the defaults the app proposes: case number or date only.
// The clipboard and the system browser are imitated the same way: the copied text goes to
// clipboard.txt, an opened mail-form URL to mail-form-url.txt, and both to the event stream
// (preview:clipboard, preview:open-external) so end-to-end tests can read them.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutputHost } from '../../src-main/ipc/handlers';
import { isAllowedExternalUrl, mailFormPrefixes } from '../../src-main/http/external-urls';
import type { EventHub } from './event-stream';

export const CLIPBOARD_FILE = 'clipboard.txt';
export const MAIL_FORM_URL_FILE = 'mail-form-url.txt';

export function previewOutputHost(
  outputDir: string, log: (line: string) => void, restoreBackup?: OutputHost['restoreBackup'], events?: Pick<EventHub, 'emitPreview'>,
): OutputHost {
  const ensure = (): void => void mkdirSync(outputDir, { recursive: true, mode: 0o700 });
  const free = (name: string): string => {
    const ext = path.extname(name);
    const base = name.slice(0, name.length - ext.length);
    for (let i = 1; i <= 1000; i++) {
      const candidate = path.join(outputDir, i === 1 ? name : `${base}-${i}${ext}`);
      if (!existsSync(candidate)) return candidate;
    }
    throw new Error('output folder is full');
  };
  const newest = (suffix: string): string | null => {
    ensure();
    const found = readdirSync(outputDir).filter((f) => f.endsWith(suffix));
    found.sort((a, b) => statSync(path.join(outputDir, b)).mtimeMs - statSync(path.join(outputDir, a)).mtimeMs);
    return found[0] ? path.join(outputDir, found[0]) : null;
  };
  return {
    async chooseSavePath(_kind, defaultName) {
      ensure();
      const target = free(defaultName);
      log(`preview: saving to ${target}`);
      return target;
    },
    async chooseBackupToRestore() {
      return newest('.sdbackup');
    },
    // No file dialog in a browser tab: the newest profile in the output folder (put one there to import it).
    async chooseProfileToImport() {
      return newest('.salvage-profile.json');
    },
    async printPdf(pdf, jobName) {
      ensure();
      const target = free(`print-${jobName}.pdf`);
      await writeFile(target, pdf, { mode: 0o600 });
      log(`preview: no printer in a browser preview; the document to print is ${target}`);
      return true;
    },
    async copyText(text) {
      ensure();
      await writeFile(path.join(outputDir, CLIPBOARD_FILE), text, { mode: 0o600 });
      events?.emitPreview('preview:clipboard', { text });
    },
    async openMailForm(url, form) {
      // The same guard as the shell: only the configured form is "opened".
      if (!isAllowedExternalUrl(url, mailFormPrefixes(form))) return false;
      ensure();
      await writeFile(path.join(outputDir, MAIL_FORM_URL_FILE), url, { mode: 0o600 });
      events?.emitPreview('preview:open-external', { url });
      log('preview: the mail form would open in the system browser; its URL is in the output folder');
      return true;
    },
    ...(restoreBackup ? { restoreBackup } : {}),
  };
}
