// The first-run setup's form: the department, at least one staff member and how requests leave
// the counter (the desk's mail form by default; an endpoint only with its URL). Messages are UI
// keys or issue codes, shown in the user's language beside their field.
import { z } from 'zod';
import { facultyByCode } from '../../src-shared/domain';
import type { Settings } from '../../src-shared/core-api';
import { checkEndpoint } from '../../src-shared/protocol/endpoint-url';
import { departmentAndStaffPatch, staffMemberSchema } from './settings-schema';

export const firstRunSchema = z.object({
  departmentCode: z.string().refine((code) => facultyByCode(code) !== undefined, { error: 'setup.department-required' }),
  staff: z.array(staffMemberSchema).min(1).max(200),
  deliveryChannel: z.enum(['mail-form', 'endpoint']),
  endpointUrl: z.string().trim().max(2000).refine((v) => v === '' || checkEndpoint(v).ok, { error: 'settings.invalid-url' }),
}).superRefine((v, ctx) => {
  if (v.deliveryChannel === 'endpoint' && v.endpointUrl === '') ctx.addIssue({ code: 'custom', path: ['endpointUrl'], message: 'delivery.endpoint-required' });
});

export type FirstRunValues = z.infer<typeof firstRunSchema>;

export function firstRunDefaults(s: Settings): FirstRunValues {
  return { departmentCode: s.department.code, staff: [{ name: '', role: '' }], deliveryChannel: s.deliveryChannel, endpointUrl: s.endpointUrl ?? '' };
}

export function firstRunPatch(v: FirstRunValues) {
  return {
    ...departmentAndStaffPatch(v),
    deliveryChannel: v.deliveryChannel,
    endpointUrl: v.endpointUrl.trim() === '' ? null : v.endpointUrl.trim(),
  };
}
