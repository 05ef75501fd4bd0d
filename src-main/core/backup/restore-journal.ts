// The restore's journal: "<data>.restore-journal.json" beside the data folder, written before any
// folder moves and removed when the swap is settled. While it exists, the current data waits in
// "<data>.previous-<time>" (a name retention never deletes) and the app does not open until the
// swap is finished or rolled back (settleRestore at start), so neither a crash nor a refused
// rename can leave the previous data where retention would erase it, or a fresh empty store live.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writePrivateFile } from '../store/file-modes';

const journalSchema = z.object({
  /** 'swapping': the restored data is not proven yet; 'done': it opened, only tidying is left. */
  state: z.enum(['swapping', 'done']),
  dataDir: z.string(),
  /** Where the current data waits during the swap (null: there was none). */
  previous: z.string().nullable(),
  /** The restored data before it moves in. */
  staging: z.string(),
  /** Where restored data that did not open is kept, when it has to move out again. */
  failed: z.string(),
  /** Where the previous data goes once the restore has succeeded (erased by retention after 30 days). */
  beforeRestore: z.string(),
  /**
   * The keychain anchor when the restore began (null: none), put back if the swap is rolled back
   * (audit/anchor-before-restore.ts). Absent in journals of versions that did not keep it.
   */
  anchorBefore: z.string().nullable().optional(),
});
export type RestoreJournal = z.infer<typeof journalSchema>;

export const journalPath = (dataDir: string): string => `${dataDir}.restore-journal.json`;

/** The time stamp restoreStamp() writes into the restore's folder names (2026-05-01T09-00-00-000Z). */
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;

/** True when `p` is "<dataDir>.<kind>-<stamp>": one of the restore's own sibling folders. */
function isOwnFolder(p: string, dataDir: string, kind: string): boolean {
  const prefix = `${path.resolve(dataDir)}.${kind}-`;
  const resolved = path.resolve(p);
  return resolved.startsWith(prefix) && STAMP.test(resolved.slice(prefix.length));
}

/**
 * The journal sits beside the data folder, where whoever holds the data can write: it may only
 * name the data folder it was read for and the restore's own sibling folders, so a planted one can
 * never make the start move or delete anything else.
 */
function namesOnlyOwnFolders(j: RestoreJournal, dataDir: string): boolean {
  return path.resolve(j.dataDir) === path.resolve(dataDir)
    && (j.previous === null || isOwnFolder(j.previous, dataDir, 'previous'))
    && isOwnFolder(j.staging, dataDir, 'restoring')
    && isOwnFolder(j.failed, dataDir, 'restore-failed')
    && isOwnFolder(j.beforeRestore, dataDir, 'before-restore');
}

export function writeJournal(journal: RestoreJournal): void {
  if (!namesOnlyOwnFolders(journal, journal.dataDir)) throw new Error('restore journal names a folder that is not the restore\'s own');
  writePrivateFile(journalPath(journal.dataDir), JSON.stringify(journal));
}

/**
 * The journal, or null when there is none. A journal that exists but cannot be read right now
 * (locked by a scanner, no permission) throws like a damaged one: taking it for "no journal" would
 * open whatever is in the data folder — after a crash mid-swap, nothing, so a fresh empty store.
 */
export function readJournal(dataDir: string): RestoreJournal | null {
  let raw: string;
  try {
    raw = fs.readFileSync(journalPath(dataDir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const parsed = journalSchema.safeParse((() => { try { return JSON.parse(raw) as unknown; } catch { return null; } })());
  // A journal that cannot be read is not guessed at: the start refuses until someone looks.
  if (!parsed.success) throw new Error('unreadable restore journal');
  if (!namesOnlyOwnFolders(parsed.data, dataDir)) throw new Error('restore journal names a folder that is not the restore\'s own');
  return parsed.data;
}

/** Removes the journal; a file that cannot be removed now is settled again at the next start. */
export function removeJournal(dataDir: string): void {
  try {
    fs.rmSync(journalPath(dataDir), { force: true });
  } catch {
    // settleRestore finds nothing left to move and removes it then
  }
}
