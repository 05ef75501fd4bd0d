// Putting restored data in place of the current data folder: the current folder is kept as
// "<data>.before-restore-<time>" (erased by retention 30 days later), the restored one moved in,
// and the new data must open before anyone is told it was restored. Any failure — a rename refused
// because a file is locked (Windows), a restored folder that does not open — rolls back to the
// current data, untouched, with a clear message.
import fs from 'node:fs';
import { CoreError } from '../errors';

export type Rename = (from: string, to: string) => void;

export interface SwapOptions {
  readonly dataDir: string;
  readonly staging: string;
  readonly now: Date;
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

/** Swaps the folders; resolves with the kept folder's path once the restored data has opened. */
export async function swapDataDir(options: SwapOptions): Promise<string | null> {
  const rename = options.rename ?? fs.renameSync;
  const kept = fs.existsSync(options.dataDir) ? `${options.dataDir}.before-restore-${restoreStamp(options.now)}` : null;
  try {
    if (kept) rename(options.dataDir, kept);
  } catch (e) {
    throw swapFailed(e); // nothing moved
  }
  try {
    rename(options.staging, options.dataDir);
    await options.checkOpens(options.dataDir);
    return kept;
  } catch (e) {
    rollBack(options, kept, rename);
    throw swapFailed(e);
  }
}

function rollBack(options: SwapOptions, kept: string | null, rename: Rename): void {
  if (fs.existsSync(options.dataDir) && !fs.existsSync(options.staging)) rename(options.dataDir, options.staging);
  if (kept) rename(kept, options.dataDir);
}
