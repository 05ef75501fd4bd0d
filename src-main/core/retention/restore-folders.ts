// The data kept aside by a restore ("<data>.before-restore-<time>", see backup/swap-data-dir.ts)
// holds the same personal data as the live folder, so it is erased 30 days after the restore.
import fs from 'node:fs';
import path from 'node:path';
import { DAY_MS } from './policy';

export const RESTORE_FOLDER_DAYS = 30;
export const BEFORE_RESTORE = '.before-restore-';

/** The time in a folder name written by stamp() (2026-05-01T03-00-00-000Z), else null. */
function stampTime(stamp: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  return m ? Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : null;
}

export function oldRestoreFolders(dataDir: string, now: Date): string[] {
  const parent = path.dirname(path.resolve(dataDir));
  const prefix = `${path.basename(path.resolve(dataDir))}${BEFORE_RESTORE}`;
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(prefix))
    .map((n) => path.join(parent, n))
    .filter((p) => {
      let when = stampTime(path.basename(p).slice(prefix.length));
      try {
        when ??= fs.statSync(p).mtimeMs;
      } catch {
        return false;
      }
      return when + RESTORE_FOLDER_DAYS * DAY_MS < now.getTime();
    });
}

/** Removes the folders; one that cannot be removed now (a file lock) is tried again next time. */
export function removeFolders(folders: readonly string[]): number {
  let removed = 0;
  for (const f of folders) {
    try {
      fs.rmSync(f, { recursive: true, force: true });
      removed += 1;
    } catch {
      // retried at the next purge
    }
  }
  return removed;
}
