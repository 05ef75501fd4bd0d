// The preview's "verifier page that ships with the app": built once, on first use, from this
// checkout (the same build Forge runs before packaging), into the preview's data folder.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDeskVerifier } from '../desk-verifier/build';
import { DESK_VERIFIER_FILE } from '../../src-main/ipc/desk-verifier-handlers';

export function previewDeskVerifier(dataDir: string, log: (line: string) => void): () => Promise<string | null> {
  let built: Promise<string> | null = null;
  return async () => {
    built ??= buildDeskVerifier(path.join(dataDir, 'desk-verifier', DESK_VERIFIER_FILE)).then((file) => {
      log(`preview: desk verifier page built at ${file}`);
      return file;
    });
    return readFile(await built, 'utf8');
  };
}
