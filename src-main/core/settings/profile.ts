// The department profile in the core: export the current settings as a profile, and check an
// untrusted profile completely (file format, then Settings' own rules) before anything is written.
import type { Settings } from '../../../src-shared/core-api';
import { makeIssue, zodIssues, type Issue } from '../../../src-shared/domain';
import { PROFILE_FORMAT, PROFILE_VERSION, profileOf, profilePatch, profileSchema, type Profile, type ProfileSettings } from '../../../src-shared/profile/profile-schema';
import type { z } from 'zod';
import { CoreError, isCoreError } from '../errors';
import { validateSettingsPatch } from './validate-settings';

export function profileInvalid(issues: readonly Issue[]): CoreError {
  return new CoreError('validation', {
    ja: 'この設定ファイルには誤りがあるため、読み込んでいません(設定は変わっていません)。各項目の説明に従って直してください。',
    en: 'This settings file has errors, so it was not imported (nothing changed). Correct each field as described.',
  }, [...issues]);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (isRecord(v) || Array.isArray(v) ? (v as Record<PropertyKey, unknown>)[key] : undefined), input);
}

/** zod's findings as field-level messages: unknown fields and missing fields named as such. */
function schemaIssues(error: z.ZodError, input: unknown): Issue[] {
  return error.issues.flatMap((i): Issue[] => {
    if (i.code === 'unrecognized_keys') return i.keys.map((key) => makeIssue([...i.path, key].join('.'), 'profile.unknown-field', { name: key }));
    if (i.code === 'invalid_type' && valueAt(input, i.path) === undefined) return [makeIssue(i.path.join('.'), 'profile.field-missing')];
    return zodIssues({ issues: [i] } as z.ZodError);
  });
}

/** A valid profile's settings, or CoreError('validation') listing every field that is wrong. */
export function checkProfile(input: unknown): ProfileSettings {
  // A file of another kind or version says only that: its fields mean nothing to this reader.
  if (!isRecord(input) || input.format !== PROFILE_FORMAT) throw profileInvalid([makeIssue('format', 'profile.not-a-profile')]);
  if (input.version !== PROFILE_VERSION) throw profileInvalid([makeIssue('version', 'profile.version-unsupported', { version: String(input.version) })]);
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) throw profileInvalid(schemaIssues(parsed.error, input));
  const settings = profilePatch(parsed.data);
  try {
    validateSettingsPatch(settings); // department known, URLs and template allowed, pattern compiles
  } catch (e) {
    if (isCoreError(e)) throw profileInvalid(e.issues);
    throw e;
  }
  return settings;
}

/** The current settings as a profile; refused until a department is chosen (a profile names one). */
export function exportableProfile(settings: Settings): Profile {
  if (settings.department.code === '') {
    throw new CoreError('invalid-state', {
      ja: '部局がまだ設定されていないため、設定を書き出せません。先に部局を選んで保存してください。',
      en: 'No department is set yet, so there is nothing to export. Choose the department and save first.',
    }, [makeIssue('department.code', 'settings.department-unconfigured')]);
  }
  return profileOf(settings);
}
