// A SecretStore in a JSON file, only so a test can keep the keychain across processes (the crash
// test kills and restarts the app). Never used by the app.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SecretStore } from '../../src-main/core/core-types';

export function fileSecretStore(file: string): SecretStore {
  const read = (): Record<string, string> => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {});
  const write = (v: Record<string, string>): void => {
    writeFileSync(`${file}.tmp`, JSON.stringify(v), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  };
  return {
    async get(name) {
      return read()[name] ?? null;
    },
    async set(name, value) {
      write({ ...read(), [name]: value });
    },
    async delete(name) {
      const all = read();
      const had = name in all;
      delete all[name];
      write(all);
      return had;
    },
  };
}
