// Some core parts (outbox scheduler, change feed) may report "not available" (CoreError
// invalid-state) in a build where that module is not wired in; the shell and the preview then run
// without that part instead of refusing to start. Any other error still propagates.
import { isCoreError } from '../core/errors';

export function optionalPart<T>(run: () => T, what: string, log: (line: string) => void): T | null {
  try {
    return run();
  } catch (error) {
    if (isCoreError(error) && error.code === 'invalid-state') {
      log(`${what} is not available in this build; continuing without it.`);
      return null;
    }
    throw error;
  }
}
