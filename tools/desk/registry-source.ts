// The receiver's view of the registry: a file re-read when it changes (desk:register or the page
// wrote a new one), or a fixed set. Entries without a department are never trusted by the shared
// verifier; the receiver says so loudly whenever it (re)loads a registry holding any.
import { statSync } from 'node:fs';
import { parseRegistry, untrustedKeys, type Registry } from '../../src-shared/protocol/verify';
import { readRegistryFile } from './registry-file';

function warnUntrusted(registry: Registry, log: (line: string) => void): void {
  const untrusted = untrustedKeys(registry);
  if (untrusted.length === 0) return;
  log(`!!! REGISTRY: ${untrusted.length} key(s) without a department are NOT trusted: ${untrusted.map((k) => k.kid).join(', ')}. `
    + 'Register them with: npm run desk:register -- --keys <registry> --department <code> <exported-key-file> '
    + '/ 部局のない鍵は信頼しません。部局を指定して登録し直してください。');
}

/** A function returning the current registry; throws at once when the first read fails. */
export function registrySource(keys: string | unknown, log: (line: string) => void): () => Registry {
  if (typeof keys !== 'string') {
    warnUntrusted(parseRegistry(keys), log);
    return () => parseRegistry(keys); // read at every request: a test may add a key to the set it passed
  }
  let mtime = -1;
  let current: Registry = { keys: [] };
  const load = (): Registry => {
    const m = statSync(keys).mtimeMs;
    if (m !== mtime) {
      try {
        current = readRegistryFile(keys);
        mtime = m;
        warnUntrusted(current, log);
      } catch (e) {
        // Half-written by an editor: keep serving the last good set and read it again next time.
        if (mtime === -1) throw e;
      }
    }
    return current;
  };
  load(); // fail at start, not at the first request, when the key file is unreadable
  return load;
}
