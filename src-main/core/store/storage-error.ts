// SQLite's own I/O failures (a full disk, a read-only or vanished file, a failing device) as the one
// typed 'io' error, so the front door answers "free space and try again" instead of "something
// unexpected". better-sqlite3 rolls the transaction back before the error reaches here, so nothing
// half-written stays; what staff typed stays on screen because the renderer keeps its form state.
import { CoreError } from '../errors';

const STORAGE_CODES = /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN)/;

export function isStorageFailure(e: unknown): boolean {
  return e instanceof Error && e.name === 'SqliteError' && typeof (e as { code?: unknown }).code === 'string'
    && STORAGE_CODES.test((e as unknown as { code: string }).code);
}

export function storageError(cause: unknown): CoreError {
  return new CoreError('io', {
    ja: 'データを保存できませんでした。ディスクの空き容量が足りないか、データフォルダーに書き込めません。空き容量を確保してから、もう一度操作してください(入力した内容は画面に残っています)。',
    en: 'The data could not be saved: the disk is full or the data folder cannot be written. Free some space, then try again (what you typed is still on the screen).',
  }, [], { cause });
}
