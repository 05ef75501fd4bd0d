// Saving a file staff chose (a backup, the ledger): written privately and atomically, and a failure
// (full disk, no such folder, a locked file) becomes one typed 'io' error in the user's language.
import type { Bilingual } from '../../../src-shared/core-api';
import { CoreError } from '../errors';
import { writePrivateFile } from './file-modes';

export function savePrivateFile(target: string, data: Uint8Array | string, failure: Bilingual): void {
  try {
    writePrivateFile(target, data);
  } catch (e) {
    throw new CoreError('io', failure, [], { cause: e });
  }
}
