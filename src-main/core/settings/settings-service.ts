// core.settings: read and validated update, audited with the names of the changed settings; the
// department profile's export, preview (what an import would change) and import.
import type { AuditEvent } from '../context';
import type { Core } from '../core-types';
import type Database from 'better-sqlite3-multiple-ciphers';
import { parseOperator } from '../cases/arguments';
import type { SettingsStore } from './settings-store';
import { validateSettingsPatch } from './validate-settings';
import { profileChanges } from '../../../src-shared/profile/profile-schema';
import { checkProfile, exportableProfile } from './profile';
import { readStationCode, writeStationCode } from './station-code';

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
    async exportProfile() {
      return exportableProfile(store.get());
    },
    async previewProfile(profile) {
      return profileChanges(store.get(), checkProfile(profile));
    },
    async applyProfile(profile, opts) {
      const operator = parseOperator(opts);
      const settings = checkProfile(profile); // every field checked before anything is written
      return db.transaction(() => {
        const { settings: next, changed } = store.write(settings);
        audit({ action: 'settings', operator, details: { source: 'profile', changed: changed.join(',') } });
        return next;
      })();
    },
    async stationCode() {
      return readStationCode(db);
    },
    async setStationCode(code, opts) {
      return writeStationCode(db, audit, code, parseOperator(opts));
    },
  };
}
