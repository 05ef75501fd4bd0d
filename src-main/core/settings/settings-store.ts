// Settings live in the encrypted database as one JSON document (row id 1), merged over the
// defaults so that settings added by later versions get their default values.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Settings, SettingsPatch } from '../../../src-shared/core-api';
import { DEFAULT_SETTINGS } from './defaults';

export interface SettingsStore {
  get(): Settings;
  /** False until settings were saved once: a fresh data folder (a machine-wide profile may fill it). */
  exists(): boolean;
  /** Writes an already-validated patch; returns the new settings and the names of changed keys. */
  write(patch: SettingsPatch): { settings: Settings; changed: string[] };
}

export function createSettingsStore(db: Database.Database): SettingsStore {
  const select = db.prepare<[], string>('SELECT value FROM settings WHERE id = 1').pluck();
  const upsert = db.prepare('INSERT INTO settings (id, value) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET value = excluded.value');
  // Read through every time (one small row): a cache could outlive a rolled-back transaction.
  const get = (): Settings => {
    const raw = select.get();
    return { ...DEFAULT_SETTINGS, ...(raw ? (JSON.parse(raw) as Partial<Settings>) : {}) };
  };
  return {
    get,
    exists: () => select.get() !== undefined,
    write(patch) {
      const before = get();
      const next: Settings = { ...before, ...patch };
      const changed = Object.keys(patch).filter((k) => JSON.stringify(before[k as keyof Settings]) !== JSON.stringify(next[k as keyof Settings]));
      upsert.run(JSON.stringify(next));
      return { settings: next, changed };
    },
  };
}
