// The data kept aside by a restore ("<data>.before-restore-<time>", see backup/swap-data-dir.ts)
// holds the same personal data as the live folder, so it is erased 30 days after the restore. So
// are the copies of a backup that a crash or a locked file left beside the data (the staging
// folder "<data>.restoring-<time>", the restored data moved out again "<data>.restore-failed-<time>"),
// unless a restore journal still names them: then the start has not settled that restore yet.
// "<data>.previous-<time>" is never erased here: it may be the only copy of the data.
import fs from 'node:fs';
import path from 'node:path';
import { journalPath } from '../backup/restore-journal';
import { DAY_MS } from './policy';

export const RESTORE_FOLDER_DAYS = 30;
export const BEFORE_RESTORE = '.before-restore-';
/** Copies of a backup's content a restore may leave behind; the backup file holds the same. */
const RESTORE_COPIES = ['.restoring-', '.restore-failed-'] as const;

/** The time in a folder name written by stamp() (2026-05-01T03-00-00-000Z), else null. */
function stampTime(stamp: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  return m ? Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : null;
}

export function oldRestoreFolders(dataDir: string, now: Date): string[] {
  const parent = path.dirname(path.resolve(dataDir));
  const base = path.basename(path.resolve(dataDir));
  const journalHolds = fs.existsSync(journalPath(dataDir));
  const prefixes = [BEFORE_RESTORE, ...(journalHolds ? [] : RESTORE_COPIES)].map((p) => `${base}${p}`);
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return [];
  }
  return names
    .flatMap((n) => {
      const prefix = prefixes.find((p) => n.startsWith(p));
      return prefix === undefined ? [] : [{ p: path.join(parent, n), stamp: n.slice(prefix.length) }];
    })
    .filter(({ p, stamp }) => {
      let when = stampTime(stamp);
      try {
        when ??= fs.statSync(p).mtimeMs;
      } catch {
        return false;
      }
      return when + RESTORE_FOLDER_DAYS * DAY_MS < now.getTime();
    })
    .map(({ p }) => p);
}

/**
 * Removes the folders (or files) and says how many went: one that cannot be removed now (a file
 * lock) is left for the caller to report, and tried again at the next run.
 */
export function removePaths(paths: readonly string[]): number {
  let removed = 0;
  for (const p of paths) {
    try {
      fs.rmSync(p, { recursive: true, force: true });
      removed += 1;
    } catch {
      // counted as left by the caller
    }
  }
  return removed;
}
