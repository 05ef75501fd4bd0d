// An in-memory SecretStore for tests and the preview: forgets everything when the process ends.
// Never used in production (the shell always passes keytarSecretStore).
import type { SecretStore } from '../core-types';

export function memorySecretStore(initial: Record<string, string> = {}): SecretStore {
  const values = new Map(Object.entries(initial));
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
  };
}
