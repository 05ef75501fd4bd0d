// The settings staff may change (settings:update) and a department profile carries: each field's
// type and limits. Its own file so the IPC contract and the profile schema both read it.
import { z } from 'zod';
import { RETENTION_DAYS } from './limits';
import { counterContactSchema, deskLinksSchema } from './counter-contact';

export const settingsPatchSchema = z.object({
  department: z.object({ code: z.string().min(1).max(64), name: z.string().min(1).max(200) }),
  staff: z.array(z.object({ name: z.string().min(1).max(200), role: z.string().max(200) })).max(200),
  deliveryChannel: z.enum(['mail-form', 'endpoint']),
  endpointUrl: z.string().max(2000).nullable(),
  mailFormUrl: z.string().min(1).max(2000),
  mailFormPrefillTemplate: z.string().max(8000).nullable(),
  language: z.enum(['ja', 'en']),
  retentionDays: z.number().int().min(RETENTION_DAYS.min).max(RETENTION_DAYS.max),
  studentNumberPattern: z.string().max(200).nullable(),
  counterContact: counterContactSchema,
  deskLinks: deskLinksSchema,
}).partial();

/**
 * Destinations other than the built-in ones that staff confirmed by name, sent beside a patch or a
 * profile (labels as the shared destination rule names them; a mail-form link is at most 2000).
 */
export const confirmDestinationsSchema = z.array(z.string().min(1).max(2100)).max(4);
