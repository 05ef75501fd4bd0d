// The department profile (`*.salvage-profile.json`): what a department sets once and IT copies to
// every counter PC. Versioned, so a later app can read older files and an older app refuses newer
// ones. Strict: an unknown key is refused, so nothing else (a key, a password, a typo that would
// silently do nothing) travels in a profile. The field rules are Settings' own (settingsPatchSchema
// here, validateSettingsPatch in the core): one rule, whichever way a setting arrives.
import { z } from 'zod';
import type { Settings } from '../core-api';
import { settingsPatchSchema } from '../settings-patch-schema';

export const PROFILE_FORMAT = 'salvage-desk-profile';
export const PROFILE_VERSION = 1;
export const PROFILE_SUFFIX = '.salvage-profile.json';

/** The settings a profile carries, in the order the import diff lists them. Not `language`: that is each PC's own. */
export const PROFILE_FIELDS = [
  'department', 'staff', 'deliveryChannel', 'endpointUrl', 'mailFormUrl', 'mailFormPrefillTemplate', 'retentionDays', 'studentNumberPattern',
  'counterContact', 'deskLinks',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

const fields = settingsPatchSchema.pick({
  department: true, staff: true, deliveryChannel: true, endpointUrl: true, mailFormUrl: true, mailFormPrefillTemplate: true, retentionDays: true,
}).required();

export const profileSchema = z.strictObject({
  format: z.literal(PROFILE_FORMAT),
  version: z.literal(PROFILE_VERSION),
  ...fields.shape,
  // Optional: most departments use the standard student-number format.
  studentNumberPattern: settingsPatchSchema.shape.studentNumberPattern,
  // Optional: profiles written before the notice printed the counter's contact lack them.
  counterContact: settingsPatchSchema.shape.counterContact,
  deskLinks: settingsPatchSchema.shape.deskLinks,
});
export type Profile = z.output<typeof profileSchema>;

export type ProfileSettings = Pick<Settings, ProfileField>;

/** One line of the import preview: a setting the profile would change. */
export interface ProfileChange {
  readonly field: ProfileField;
  readonly before: unknown;
  readonly after: unknown;
}

export function profileOf(settings: ProfileSettings): Profile {
  const profile: Record<string, unknown> = { format: PROFILE_FORMAT, version: PROFILE_VERSION };
  for (const field of PROFILE_FIELDS) profile[field] = settings[field] ?? null;
  return profile as Profile;
}

/** The settings patch a valid profile stands for (format and version stripped, a missing pattern = none). */
export function profilePatch(profile: Profile): ProfileSettings {
  const { format: _format, version: _version, ...rest } = profile;
  return {
    ...rest,
    studentNumberPattern: rest.studentNumberPattern ?? null,
    // A profile written before these settings existed leaves them as they are.
    ...(rest.counterContact ? { counterContact: rest.counterContact } : {}),
    ...(rest.deskLinks ? { deskLinks: rest.deskLinks } : {}),
  };
}

/** What importing `next` would change in `current`, field by field (an empty list: nothing). */
export function profileChanges(current: ProfileSettings, next: ProfileSettings): ProfileChange[] {
  return PROFILE_FIELDS.filter((f) => next[f] !== undefined && JSON.stringify(current[f] ?? null) !== JSON.stringify(next[f] ?? null))
    .map((field) => ({ field, before: current[field] ?? null, after: next[field] ?? null }));
}

/** `engineering.salvage-profile.json`: the department code only, nothing personal. */
export function profileFileName(departmentCode: string): string {
  return `${departmentCode.replace(/[^A-Za-z0-9_-]/g, '') || 'department'}${PROFILE_SUFFIX}`;
}

/** Step 1 of an import (settings:import-profile): the file chosen, checked and compared; nothing written yet. */
export type ProfileImportPreview =
  | { readonly opened: false }
  | { readonly opened: true; readonly fileName: string; readonly profile: Profile; readonly changes: readonly ProfileChange[] };
