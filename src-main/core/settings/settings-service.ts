// core.settings: read and validated update, audited with the names of the changed settings.
import type { AuditEvent } from '../context';
import type { Core } from '../core-types';
import type Database from 'better-sqlite3-multiple-ciphers';
import { parseOperator } from '../cases/arguments';
import type { SettingsStore } from './settings-store';
import { validateSettingsPatch } from './validate-settings';

export function createSettingsApi(db: Database.Database, store: SettingsStore, audit: (e: AuditEvent) => void): Core['settings'] {
  return {
    async get() {
      return store.get();
    },
    async update(patch, opts) {
      const operator = parseOperator(opts);
      const valid = validateSettingsPatch(patch);
      return db.transaction(() => {
        const { settings, changed } = store.write(valid);
        if (changed.length > 0) audit({ action: 'settings', operator, details: { changed: changed.join(',') } });
        return settings;
      })();
    },
  };
}
