// core.settings: read and validated update, audited with the names of the changed settings; the
// department profile's export, preview (what an import would change) and import.
import type { MachineProfileStatus } from '../../../src-shared/core-api';
import type { AuditEvent } from '../context';
import type { Core } from '../core-types';
import type Database from 'better-sqlite3-multiple-ciphers';
import { parseOperator } from '../cases/arguments';
import type { SettingsStore } from './settings-store';
import { validateSettingsPatch } from './validate-settings';
import { profileChanges } from '../../../src-shared/profile/profile-schema';
import { checkProfile, exportableProfile } from './profile';
import { readStationCode, writeStationCode } from './station-code';
import { auditConfirmations, parseConfirmations, withConfirmations } from './destination-confirmation';

export function createSettingsApi(db: Database.Database, store: SettingsStore, audit: (e: AuditEvent) => void, machineProfile: MachineProfileStatus): Core['settings'] {
  return {
    async getMachineProfileStatus() {
      return machineProfile;
    },
    async get() {
      return store.get();
    },
    async update(patch, opts) {
      const operator = parseOperator(opts);
      const valid = validateSettingsPatch(patch);
      const confirm = parseConfirmations(opts);
      return db.transaction(() => {
        const { patch: confirmed, newlyConfirmed } = withConfirmations(store.get(), valid, confirm);
        const { settings, changed } = store.write(confirmed);
        if (changed.length > 0) audit({ action: 'settings', operator, details: { changed: changed.join(',') } });
        auditConfirmations(audit, operator, newlyConfirmed, null);
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
      const confirm = parseConfirmations(opts);
      return db.transaction(() => {
        // A profile may propose another destination; it is applied only when staff confirmed it by name.
        const { patch, newlyConfirmed } = withConfirmations(store.get(), settings, confirm);
        const { settings: next, changed } = store.write(patch);
        audit({ action: 'settings', operator, details: { source: 'profile', changed: changed.join(',') } });
        auditConfirmations(audit, operator, newlyConfirmed, 'profile');
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
