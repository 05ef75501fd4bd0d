// The production SecretStore: the OS keychain through keytar (Windows Credential Manager, macOS
// Keychain, Linux Secret Service). keytar is imported lazily so that merely importing the core
// (tests, the preview) never loads the native module or needs a keyring.
import type * as KeytarModule from 'keytar';
import type { SecretStore } from '../core-types';
import { isCoreError } from '../errors';
import { keychainUnavailable } from './keychain-error';

type Keytar = typeof KeytarModule;

export const DEFAULT_SERVICE = 'Salvage Desk';

export function keytarSecretStore(service: string = DEFAULT_SERVICE): SecretStore {
  let loaded: Promise<Keytar> | null = null;
  const keytar = (): Promise<Keytar> => {
    loaded ??= import('keytar').then((m) => ((m as { default?: Keytar }).default ?? m) as Keytar);
    return loaded;
  };
  // Every failure (no D-Bus, no Secret Service, locked keyring, denied access) becomes the same
  // typed error that tells staff what to do.
  const guard = async <T>(op: (k: Keytar) => Promise<T>): Promise<T> => {
    try {
      return await op(await keytar());
    } catch (e) {
      if (isCoreError(e)) throw e;
      loaded = null; // allow a retry after the user unlocks the keyring
      throw keychainUnavailable(e);
    }
  };
  return {
    get: (name) => guard((k) => k.getPassword(service, name)),
    set: (name, value) => guard((k) => k.setPassword(service, name, value)),
    delete: (name) => guard((k) => k.deletePassword(service, name)),
  };
}
