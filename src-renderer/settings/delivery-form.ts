// The 送付先 (delivery) form: its values, the renderer-side checks that need no core (an endpoint
// URL is required once 'endpoint' is chosen), and the patch sent to the core, which validates the
// mail-form link and the prefilled-link template with the one shared rule.
import { z } from 'zod';
import type { DeliveryChannel, Settings } from '../../src-shared/core-api';

export const deliveryFormSchema = z.object({
  deliveryChannel: z.enum(['mail-form', 'endpoint']),
  mailFormUrl: z.string().trim().max(2000),
  mailFormPrefillTemplate: z.string().trim().max(8000),
  endpointUrl: z.string().trim().max(2000).refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), { error: 'settings.invalid-url' }),
}).superRefine((v, ctx) => {
  if (v.deliveryChannel === 'endpoint' && v.endpointUrl === '') ctx.addIssue({ code: 'custom', path: ['endpointUrl'], message: 'delivery.endpoint-required' });
});

export type DeliveryFormValues = z.infer<typeof deliveryFormSchema>;
export type DeliveryField = keyof DeliveryFormValues;
export const deliveryFields: readonly DeliveryField[] = ['deliveryChannel', 'mailFormUrl', 'mailFormPrefillTemplate', 'endpointUrl'];

export function toDeliveryValues(s: Settings): DeliveryFormValues {
  return {
    deliveryChannel: s.deliveryChannel,
    mailFormUrl: s.mailFormUrl,
    mailFormPrefillTemplate: s.mailFormPrefillTemplate ?? '',
    endpointUrl: s.endpointUrl ?? '',
  };
}

export function toDeliveryPatch(v: DeliveryFormValues): Pick<Settings, DeliveryField> {
  const orNull = (x: string) => (x.trim() === '' ? null : x.trim());
  return {
    deliveryChannel: v.deliveryChannel,
    mailFormUrl: v.mailFormUrl.trim(),
    mailFormPrefillTemplate: orNull(v.mailFormPrefillTemplate),
    endpointUrl: orNull(v.endpointUrl),
  };
}

/** What a save changed about the channel: the question or the notice that follows it. */
export type ChannelSwitch = 'to-endpoint' | 'to-mail-form' | 'none';

export function channelSwitch(before: DeliveryChannel, after: DeliveryChannel): ChannelSwitch {
  if (before === after) return 'none';
  return after === 'endpoint' ? 'to-endpoint' : 'to-mail-form';
}
