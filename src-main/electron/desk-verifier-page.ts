// Where the shell finds the desk's verifier page that ships with the app: packaged, Forge copies it
// into the resources folder (forge.config.ts, extraResource); from a checkout (electron-forge
// start), it is the page `npm run build:desk-verifier` wrote under out/. Null when absent.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DESK_VERIFIER_FILE } from '../ipc/desk-verifier-handlers';

export function deskVerifierPath(packaged: boolean, resourcesPath: string, appPath: string): string {
  return packaged ? path.join(resourcesPath, DESK_VERIFIER_FILE) : path.join(appPath, 'out', 'desk-verifier', DESK_VERIFIER_FILE);
}

export function deskVerifierPageReader(file: string): () => Promise<string | null> {
  return async () => {
    try {
      return await readFile(file, 'utf8');
    } catch {
      return null;
    }
  };
}
