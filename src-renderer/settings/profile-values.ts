// How the import preview shows a setting: its label and a readable value (a department by name and
// code, staff by name and role, the channel in words), in the UI language.
import type { CounterContact, DeskLinks, StaffMember } from '../../src-shared/core-api';
import { PROFILE_FIELDS, type ProfileField } from '../../src-shared/profile/profile-schema';
import { assertNever } from '../../src-shared/assert-never';
import type { UiKey } from '../../src-shared/messages/ui';
import type { Translate } from '../i18n/use-t';

/** The label of each setting a profile carries. */
const profileFieldKey = {
  department: 'profile.field.department',
  staff: 'profile.field.staff',
  deliveryChannel: 'profile.field.deliveryChannel',
  endpointUrl: 'profile.field.endpointUrl',
  mailFormUrl: 'profile.field.mailFormUrl',
  mailFormPrefillTemplate: 'profile.field.mailFormPrefillTemplate',
  retentionDays: 'profile.field.retentionDays',
  studentNumberPattern: 'profile.field.studentNumberPattern',
  counterContact: 'profile.field.counterContact',
  deskLinks: 'profile.field.deskLinks',
} as const satisfies Record<ProfileField, UiKey>;

export function isProfileField(name: string): name is ProfileField {
  return (PROFILE_FIELDS as readonly string[]).includes(name);
}

/** The label of a setting, or of an issue path inside one ("department.code" → 部局). */
export function profileFieldLabel(path: string, t: Translate): string {
  if (path === '') return t('profile.field.file'); // the whole file (not JSON)
  const head = path.split('.')[0] ?? '';
  return isProfileField(head) ? t(profileFieldKey[head]) : t('profile.field.other', { path });
}

export function profileValueText(field: ProfileField, value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return t('profile.value-none');
  switch (field) {
    case 'department': {
      const d = value as { code: string; name: string };
      return `${d.name} (${d.code})`;
    }
    case 'staff': {
      const staff = value as readonly StaffMember[];
      return staff.length === 0 ? t('profile.value-none') : staff.map((s) => (s.role ? `${s.name}(${s.role})` : s.name)).join('、');
    }
    case 'deliveryChannel':
      return value === 'endpoint' ? t('profile.channel.endpoint') : t('profile.channel.mail-form');
    case 'retentionDays':
      return t('profile.value-days', { days: Number(value) });
    case 'endpointUrl':
    case 'mailFormUrl':
    case 'mailFormPrefillTemplate':
    case 'studentNumberPattern':
      return String(value);
    case 'counterContact': {
      const c = value as CounterContact;
      const parts = [c.name, c.phone, c.email, c.hours].filter((p) => p !== '');
      return parts.length === 0 ? t('profile.value-none') : parts.join(' / ');
    }
    case 'deskLinks': {
      const l = value as DeskLinks;
      return [l.salvage, l.backup, l.mailForm].join(' / ');
    }
    default:
      return assertNever(field);
  }
}
