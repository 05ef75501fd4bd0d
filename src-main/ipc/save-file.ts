// Writing a file the user chose in a save dialog (a PDF, the department profile). A full disk, a
// read-only folder or a removed USB stick is said as a typed error that tells staff what to check,
// never as an unexpected failure.
import { writeFile } from 'node:fs/promises';
import { CoreError } from '../core/errors';

export async function saveChosenFile(target: string, data: Uint8Array | string): Promise<void> {
  try {
    await writeFile(target, data, { mode: 0o600 });
  } catch (e) {
    throw new CoreError('io', {
      ja: 'ファイルを保存できませんでした。保存先のフォルダー、書き込みの権限と空き容量を確認して、もう一度保存してください。',
      en: 'The file could not be saved. Check the destination folder, write permission and free space, then save again.',
    }, [], { cause: e });
  }
}
