// The profile IT places once per PC (or pushes with Intune / SCCM): a fresh data folder opens
// with the department's settings already there. Only a data folder with no settings yet takes it:
// whatever staff saved on this PC is never overwritten by a file they may not know about. Only a
// file that non-administrators cannot change is applied (profile-write-check.ts), and a destination
// it names other than the built-in ones is stored as proposed, not used until staff confirm it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { MachineProfileStatus } from '../../../src-shared/core-api';
import { unconfirmedDestinations } from '../../../src-shared/protocol/mail-form-destination';
import type { WriteCheck, ProfileWriteCheck } from './profile-write-check';
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

export type MachineProfileOutcome = MachineProfileStatus['outcome'];

const refusal = (check: WriteCheck & { ok: false }): Record<string, string> => ({ refused: 'writable-by-non-administrators', target: check.target, problem: check.problem });

/** At most this many distinct issue codes go into the audit: a planted file cannot grow the trail. */
const MAX_AUDITED_CODES = 8;

/**
 * Why a profile file was refused, for the audit: the issue codes only (a fixed vocabulary), never
 * field names or values from the file, deduplicated and bounded.
 */
export function refusedCodes(e: unknown): string {
  if (!isCoreError(e)) return 'unreadable';
  const codes = [...new Set(e.issues.map((i) => i.code))];
  return codes.slice(0, MAX_AUDITED_CODES).join(',') + (codes.length > MAX_AUDITED_CODES ? ',…' : '');
}

/**
 * Apply the machine-wide profile to a fresh data folder (inside the caller's transaction). A missing
 * file is the normal case. One non-administrators could change (`check`) is refused before it is
 * even read; a broken one is refused too. Both are audited (the reason and issue codes only, nothing
 * the file says) and the app starts unconfigured, as it would without the file — staff then see
 * Settings on first run, which says what IT must fix.
 */
export function applyMachineProfile(file: string | null, store: SettingsStore, audit: (e: AuditEvent) => void, check: WriteCheck = { ok: true }): MachineProfileStatus {
  if (file === null || store.exists()) return { outcome: file === null ? 'no-file' : 'already-configured', check: null };
  if (!check.ok) {
    audit({ action: 'settings', operator: 'system', details: { source: 'machine-profile', ...refusal(check) } });
    return { outcome: 'not-admin-only', check };
  }
  let settings: ProfileSettings;
  try {
    settings = checkProfile(readProfileFile(file));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { outcome: 'no-file', check: null };
    // Unreadable (permissions, a folder) counts as refused too: a bad file must not stop the app.
    audit({ action: 'settings', operator: 'system', details: { source: 'machine-profile', refused: refusedCodes(e) } });
    return { outcome: 'refused', check: null };
  }
  const { settings: next, changed } = store.write(settings);
  const proposed = unconfirmedDestinations(next).map((d) => d.label).join(',');
  audit({ action: 'settings', operator: 'system', details: { source: 'machine-profile', changed: changed.join(','), ...(proposed ? { unconfirmed: proposed } : {}) } });
  return { outcome: 'applied', check: null };
}

/** At open: check who may change an existing profile file, then apply it in one transaction. */
export async function applyMachineProfileAtOpen(
  deps: { db: Database.Database; store: SettingsStore; audit: (e: AuditEvent) => void; writeCheck: ProfileWriteCheck },
  file: string | null,
): Promise<MachineProfileStatus> {
  const pending = file !== null && !deps.store.exists() && existsSync(file);
  const check = pending ? await deps.writeCheck(file).catch((): WriteCheck => ({ ok: false, problem: 'check-failed', target: 'file' })) : undefined;
  return deps.db.transaction(() => applyMachineProfile(file, deps.store, deps.audit, check))();
}
