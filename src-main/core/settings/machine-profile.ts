// The profile IT places once per PC (or pushes with Intune / SCCM): a fresh data folder opens
// with the department's settings already there. Only a data folder with no settings yet takes it:
// whatever staff saved on this PC is never overwritten by a file they may not know about.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AuditEvent } from '../context';
import { makeIssue } from '../../../src-shared/domain';
import type { ProfileSettings } from '../../../src-shared/profile/profile-schema';
import { isCoreError } from '../errors';
import { checkProfile, profileInvalid } from './profile';
import type { SettingsStore } from './settings-store';

/** Where IT puts the profile: a folder every user can read and only administrators can write. */
export function machineProfilePath(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string {
  if (platform === 'win32') return path.win32.join(env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData', 'Salvage Desk', 'profile.json');
  if (platform === 'darwin') return '/Library/Application Support/Salvage Desk/profile.json';
  return '/etc/salvage-desk/profile.json';
}

const MAX_PROFILE_BYTES = 1_000_000; // a profile is a few kilobytes; anything larger is not one

/** The parsed JSON of a profile file; CoreError('validation', profile.not-json) when it is not JSON. */
export function readProfileFile(file: string): unknown {
  if (statSync(file).size > MAX_PROFILE_BYTES) throw profileInvalid([makeIssue('', 'profile.not-json')]);
  try {
    return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as unknown; // Notepad may add a BOM
  } catch {
    throw profileInvalid([makeIssue('', 'profile.not-json')]);
  }
}

export type MachineProfileOutcome = 'applied' | 'no-file' | 'already-configured' | 'refused';

/**
 * Apply the machine-wide profile to a fresh data folder (inside the caller's transaction). A missing
 * file is the normal case; a broken one is refused and audited (field names only) and the app
 * starts unconfigured, as it would without the file — staff then see Settings on first run.
 */
export function applyMachineProfile(file: string | null, store: SettingsStore, audit: (e: AuditEvent) => void): MachineProfileOutcome {
  if (file === null || store.exists()) return file === null ? 'no-file' : 'already-configured';
  let settings: ProfileSettings;
  try {
    settings = checkProfile(readProfileFile(file));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'no-file';
    // Unreadable (permissions, a folder) counts as refused too: a bad file must not stop the app.
    const refused = isCoreError(e) ? e.issues.map((i) => i.path || i.code).join(',') : 'unreadable';
    audit({ action: 'settings', operator: 'system', details: { source: 'machine-profile', refused } });
    return 'refused';
  }
  const { changed } = store.write(settings);
  audit({ action: 'settings', operator: 'system', details: { source: 'machine-profile', changed: changed.join(',') } });
  return 'applied';
}
