// Putting restored data in place of the current data folder. A journal is written first
// (restore-journal.ts); the current folder waits as "<data>.previous-<time>", the restored one
// moves in, and it must open before anyone is told it was restored. Only then does the previous
// folder become "<data>.before-restore-<time>", which retention erases 30 days later. Any failure
// — a rename refused because a file is locked (Windows), restored data that does not open — rolls
// back to the current data. When the rollback itself cannot move a folder, both folders are kept,
// nothing is deleted, the error says where each one is, and the next start finishes the rollback
// before anything opens (settleRestoreAtStart). A rollback also puts back the keychain anchor the
// restored data's open replaced (audit/anchor-before-restore.ts), before any folder moves back.
import fs from 'node:fs';
import type { SecretStore } from '../core-types';
import { CoreError } from '../errors';
import { anchorBeforeRestore, putBackAnchor } from '../audit/anchor-before-restore';
import { readJournal, removeJournal, writeJournal, type RestoreJournal } from './restore-journal';

export type Rename = (from: string, to: string) => void;

export interface SwapOptions {
  readonly dataDir: string;
  readonly staging: string;
  readonly now: Date;
  /** The keychain: its anchor is kept from before the swap and put back by a rollback. */
  readonly secrets: SecretStore;
  /** Proves the data now in `dataDir` opens (open and close a core); throws otherwise. */
  readonly checkOpens: (dataDir: string) => Promise<void>;
  /** Injected by tests to simulate a locked file. */
  readonly rename?: Rename;
}

export const restoreStamp = (d: Date): string => d.toISOString().replace(/[:.]/g, '-');

export function swapFailed(cause: unknown): CoreError {
  return new CoreError('io', {
    ja: '復元できませんでした。データフォルダーを置き換えられなかったため(別のプログラムがファイルを開いている可能性があります)、元に戻しました。現在のデータはそのまま残っています。ほかのプログラム(ウイルス対策ソフトやバックアップソフトを含む)を閉じてから、もう一度復元してください。',
    en: 'The restore did not complete: the data folder could not be replaced (another program may have a file open), so everything was put back. Your current data is intact. Close other programs (including antivirus or backup software) and restore again.',
  }, [], { cause });
}

/** The rollback could not move a folder back: says where the previous and the restored data are. */
export function restoreIncomplete(j: RestoreJournal, cause: unknown): CoreError {
  const previous = j.previous !== null && fs.existsSync(j.previous) ? j.previous : j.dataDir;
  const restored = [j.dataDir, j.failed, j.staging].find((p) => p !== previous && fs.existsSync(p)) ?? j.staging;
  return new CoreError('restore-incomplete', {
    ja: `復元できず、元に戻す途中でフォルダーを移動できませんでした(別のプログラムがファイルを開いている可能性があります)。どちらのデータも削除していません。復元前のデータ: ${previous} 、復元しようとしたデータ: ${restored} 。次にアプリを起動したとき、復元前のデータを元の場所に戻してから開きます(戻せない間は起動しません)。ほかのプログラム(ウイルス対策ソフトやバックアップソフトを含む)を閉じてから、アプリを起動し直してください。繰り返す場合は、このメッセージの内容を情報システム担当に伝えてください。`,
    en: `The restore failed, and putting things back could not move a folder (another program may have a file open). Neither copy was deleted. Data before the restore: ${previous}; data being restored: ${restored}. At the next start the app puts the data from before the restore back in place before it opens anything (it will not start until it can). Close other programs (including antivirus or backup software) and start the app again. If this keeps happening, give this message to IT support.`,
  }, [], { cause });
}

function journalFor(options: SwapOptions, anchorBefore: string | null): RestoreJournal {
  const stamp = restoreStamp(options.now);
  const { dataDir } = options;
  return {
    state: 'swapping', dataDir, staging: options.staging,
    previous: fs.existsSync(dataDir) ? `${dataDir}.previous-${stamp}` : null,
    failed: `${dataDir}.restore-failed-${stamp}`,
    beforeRestore: `${dataDir}.before-restore-${stamp}`,
    anchorBefore,
  };
}

/**
 * The anchor first (a keychain that refuses now leaves the restored one there: a recorded break,
 * never lost data), then the folders.
 */
async function rollBackNow(j: RestoreJournal, options: SwapOptions, rename: Rename, cause: unknown): Promise<void> {
  await putBackAnchor(options.secrets, j.anchorBefore ?? null).catch(() => undefined);
  rollBack(j, rename, cause);
}

/** Swaps the folders; resolves with the kept folder's path once the restored data has opened. */
export async function swapDataDir(options: SwapOptions): Promise<string | null> {
  const rename = options.rename ?? fs.renameSync;
  let j: RestoreJournal | null = null;
  try {
    j = journalFor(options, await anchorBeforeRestore(options.secrets));
    writeJournal(j);
    if (j.previous) rename(options.dataDir, j.previous);
  } catch (e) {
    if (j) removeJournal(j.dataDir);
    throw swapFailed(e); // nothing moved
  }
  try {
    rename(options.staging, options.dataDir);
    await options.checkOpens(options.dataDir);
  } catch (e) {
    await rollBackNow(j, options, rename, e);
    throw swapFailed(e);
  }
  try {
    writeJournal({ ...j, state: 'done' });
  } catch (e) {
    // Still 'swapping' on disk, so the next start would roll back: "restored" must not be said.
    // Rolled back now instead, before anyone works on the restored data.
    await rollBackNow(j, options, rename, e);
    throw swapFailed(e);
  }
  return tidy(j, rename);
}

/**
 * Puts the previous data back in place and removes the journal; the restored copy is deleted once
 * the previous data is back (the backup file still holds it). Throws restoreIncomplete, deleting
 * nothing and keeping the journal, when a folder cannot be moved.
 */
function rollBack(j: RestoreJournal, rename: Rename, cause: unknown): void {
  const previousWaiting = j.previous !== null && fs.existsSync(j.previous);
  try {
    if (previousWaiting && fs.existsSync(j.dataDir)) rename(j.dataDir, j.failed);
    if (previousWaiting) rename(j.previous!, j.dataDir);
    if (j.previous === null && fs.existsSync(j.dataDir)) rename(j.dataDir, j.failed);
  } catch (e) {
    throw restoreIncomplete(j, e ?? cause);
  }
  removeJournal(j.dataDir);
  for (const p of [j.failed, j.staging]) {
    try {
      fs.rmSync(p, { recursive: true, force: true });
    } catch {
      // a locked file: the copy of the backup stays beside the data (the backup file holds the same)
    }
  }
}

/** After success: the previous data becomes the before-restore folder that retention erases. */
function tidy(j: RestoreJournal, rename: Rename): string | null {
  if (j.previous === null) {
    removeJournal(j.dataDir);
    return null;
  }
  try {
    if (fs.existsSync(j.previous)) rename(j.previous, j.beforeRestore);
  } catch {
    return j.previous; // tried again at the next start; until then it waits under a name retention keeps
  }
  removeJournal(j.dataDir);
  return j.beforeRestore;
}

/**
 * At start, before the data is opened: finishes what a restore left unsettled (a crash, or a
 * rollback whose rename failed). Throws restoreIncomplete while the previous data cannot be put back.
 */
export function settleRestore(dataDir: string, rename: Rename = fs.renameSync): 'none' | 'rolled-back' | 'completed' {
  const j = journalAtStart(dataDir);
  if (j === null) return 'none';
  if (j.state === 'done') {
    tidy(j, rename);
    return 'completed';
  }
  rollBack(j, rename, null);
  return 'rolled-back';
}

/**
 * settleRestore, with the keychain anchor from before the restore put back first when the swap is
 * rolled back: a keychain that cannot answer stops the start with the journal kept.
 */
export async function settleRestoreAtStart(dataDir: string, secrets: SecretStore, rename?: Rename): Promise<ReturnType<typeof settleRestore>> {
  const j = journalAtStart(dataDir);
  if (j?.state === 'swapping' && j.anchorBefore !== undefined) await putBackAnchor(secrets, j.anchorBefore);
  return settleRestore(dataDir, rename);
}

/** The journal at start; one that cannot be read stops the start. */
function journalAtStart(dataDir: string): RestoreJournal | null {
  try {
    return readJournal(dataDir);
  } catch (e) {
    throw new CoreError('restore-incomplete', {
      ja: `前回の復元の記録(${dataDir}.restore-journal.json)が読めないため、起動を止めました(記録が壊れているか、ウイルス対策ソフトなど別のプログラムが開いている可能性があります)。データは何も変更していません。ほかのプログラムを閉じてからアプリを起動し直してください。繰り返す場合は、このメッセージの内容を情報システム担当に伝えてください。`,
      en: `The record of the last restore (${dataDir}.restore-journal.json) cannot be read (it may be damaged, or another program such as antivirus software may have it open), so the app stopped before opening anything. Nothing was changed. Close other programs and start the app again. If this keeps happening, give this message to IT support.`,
    }, [], { cause: e });
  }
}
