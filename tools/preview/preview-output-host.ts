// The preview's OutputHost: a browser tab has no native dialogs or printer, so "save" writes into
// an output folder of the preview's data dir, and "print" writes the PDF there too (to open and
// print by hand). File names are the defaults the app proposes: case number or date only.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutputHost } from '../../src-main/ipc/handlers';

export function previewOutputHost(outputDir: string, log: (line: string) => void, restoreBackup?: OutputHost['restoreBackup']): OutputHost {
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
    ...(restoreBackup ? { restoreBackup } : {}),
  };
}
