// Placeholders for core parts that other modules provide (keys, outbox, records) while they are
// not wired in yet: every call fails with a clear typed error instead of a TypeError.
import { CoreError } from './errors';

export function notAvailable(part: string): CoreError {
  return new CoreError('invalid-state', {
    ja: `この機能(${part})はまだ利用できません。`,
    en: `This part of the app (${part}) is not available yet.`,
  });
}

export function pendingModule<T extends object>(part: string): T {
  return new Proxy({} as T, {
    get(_t, prop) {
      if (prop === 'then') return undefined; // not a thenable
      return () => {
        throw notAvailable(`${part}.${String(prop)}`);
      };
    },
  });
}
