// An in-memory SecretStore whose entries a test can list: the erasure test must try every key the
// app keeps in the keychain, not only the ones it knows by name.
import type { SecretStore } from '../../src-main/core/core-types';

export function listingSecretStore(): SecretStore & { entries(): [string, string][] } {
  const values = new Map<string, string>();
  return {
    async get(name) {
      return values.get(name) ?? null;
    },
    async set(name, value) {
      values.set(name, value);
    },
    async delete(name) {
      return values.delete(name);
    },
    entries: () => [...values.entries()],
  };
}
