// The settings form: zod rules whose messages are UI message keys or issue codes, so they show in
// the user's language next to the field.
import { z } from 'zod';
import { facultyByCode } from '../../src-shared/domain';
import type { Settings } from '../../src-shared/core-api';
import { RETENTION_DAYS } from '../../src-shared/limits';

/** One staff member as typed: a name, and a role that may stay empty (also the first-run setup's). */
export const staffMemberSchema = z.object({
  name: z.string().trim().min(1, { error: 'settings.invalid-staff' }).max(200, { error: 'text.too-long' }),
  role: z.string().trim().max(200, { error: 'text.too-long' }),
});

/** The department (its Japanese name from the university's list) and the staff, as a settings patch. */
export function departmentAndStaffPatch(v: { departmentCode: string; staff: readonly { name: string; role: string }[] }) {
  const faculty = facultyByCode(v.departmentCode);
  return {
    department: { code: v.departmentCode, name: faculty?.ja ?? v.departmentCode },
    staff: v.staff.map((m) => ({ name: m.name.trim(), role: m.role.trim() })),
  };
}

export const settingsFormSchema = z.object({
  departmentCode: z.string().refine((code) => facultyByCode(code) !== undefined, { error: 'faculty.unknown' }),
  staff: z.array(staffMemberSchema).max(200),
  language: z.enum(['ja', 'en']),
  retentionDays: z.string().trim().refine((v) => /^\d+$/.test(v) && Number(v) >= RETENTION_DAYS.min && Number(v) <= RETENTION_DAYS.max, { error: 'settings.invalid-retention' }),
});

export type SettingsFormValues = z.infer<typeof settingsFormSchema>;

export function toFormValues(s: Settings): SettingsFormValues {
  return {
    departmentCode: s.department.code,
    staff: s.staff.map((m) => ({ name: m.name, role: m.role })),
    language: s.language,
    retentionDays: String(s.retentionDays),
  };
}

export function toPatch(v: SettingsFormValues) {
  return {
    ...departmentAndStaffPatch(v),
    language: v.language,
    retentionDays: Number(v.retentionDays),
  };
}
