// After core.close() the database handle is gone. A late call (a debounced autosave firing during
// quit, a click while a restore swaps the data) must not surface better-sqlite3's raw TypeError
// ("The database connection is not open"): every core method refuses with CoreError('closed'),
// and a call that was already running when the core closed under it fails with the same error.
import { CoreError, isCoreError } from './errors';
import { wrapMethods } from './wrap-methods';

export function closedError(cause?: unknown): CoreError {
  return new CoreError('closed', {
    ja: 'データはすでに閉じられています。アプリを再起動してください。',
    en: 'The data has been closed. Restart the app.',
  }, [], cause === undefined ? undefined : { cause });
}

/**
 * A copy of `api` whose methods check `isClosed()` first. Methods named in `sync` return their
 * value directly (and throw when closed); every other method is async and rejects when closed.
 */
export function guardClosed<T extends object>(api: T, isClosed: () => boolean, sync: readonly (keyof T & string)[] = []): T {
  return wrapMethods(api, (name, call) => (sync as readonly string[]).includes(name)
    ? (...args: unknown[]): unknown => {
      if (isClosed()) throw closedError();
      return call(args);
    }
    : async (...args: unknown[]): Promise<unknown> => {
      if (isClosed()) throw closedError();
      try {
        return await call(args);
      } catch (error) {
        if (isClosed() && !isCoreError(error)) throw closedError(error);
        throw error;
      }
    });
}
