// The field groups of the delivery form (channel, mail-form link and template, endpoint). They share
// one context: the form handle and how a field's problem (its own or the core's) is shown.
import type { ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { UiKey } from '../../src-shared/messages/ui';
import { useT } from '../i18n/use-t';
import { SettingsFieldError } from '../ui/settings-field-error';
import { TemplateFields } from './template-fields';
import { ConnectionTest } from './connection-test';
import type { DeliveryField, DeliveryFormValues } from './delivery-form';

export interface DeliveryFieldsContext {
  form: UseFormReturn<DeliveryFormValues>;
  /** The field's own validation message, else the core's, else nothing. */
  problem: (field: DeliveryField) => string | undefined;
  /** aria-describedby: the hint, plus the error message while there is one. */
  described: (field: DeliveryField, hint: string) => string;
  invalid: (field: DeliveryField) => true | undefined;
}

export function ChannelFields({ ctx }: { ctx: DeliveryFieldsContext }) {
  const t = useT();
  const { register } = ctx.form;
  return (
    <fieldset className="field-group">
      <legend>{t('delivery.channel')}</legend>
      <div className="choice">
        <input type="radio" id="d-channel-mail-form" value="mail-form" aria-describedby="d-channel-mail-form-hint" {...register('deliveryChannel')} />
        <label htmlFor="d-channel-mail-form">{t('delivery.channel.mail-form')}</label>
        <p className="hint" id="d-channel-mail-form-hint">{t('delivery.channel.mail-form-hint')}</p>
      </div>
      <div className="choice">
        <input type="radio" id="d-channel-endpoint" value="endpoint" aria-describedby="d-channel-endpoint-hint" {...register('deliveryChannel')} />
        <label htmlFor="d-channel-endpoint">{t('delivery.channel.endpoint')}</label>
        <p className="hint" id="d-channel-endpoint-hint">{t('delivery.channel.endpoint-hint')}</p>
      </div>
    </fieldset>
  );
}

/** A web address field with its hint and error; `children` follow it (a check of what was typed). */
function UrlField({ ctx, id, field, label, hint, children }: {
  ctx: DeliveryFieldsContext; id: string; field: 'mailFormUrl' | 'endpointUrl'; label: UiKey; hint: UiKey; children?: ReactNode;
}) {
  const t = useT();
  const { form: { register }, problem, described, invalid } = ctx;
  return (
    <div className="field">
      <label htmlFor={id}>{t(label)}</label>
      <input id={id} type="url" autoComplete="off" spellCheck={false} aria-invalid={invalid(field)}
        aria-describedby={described(field, `${id}-hint`)} {...register(field)} />
      <p className="hint" id={`${id}-hint`}>{t(hint)}</p>
      <SettingsFieldError id={`${id}-error`} message={problem(field)} />
      {children}
    </div>
  );
}

export function MailFormFields({ ctx }: { ctx: DeliveryFieldsContext }) {
  const t = useT();
  const { form: { register, watch }, problem, described, invalid } = ctx;
  return (
    <>
      <UrlField ctx={ctx} id="d-mail-form-url" field="mailFormUrl" label="delivery.mail-form-url" hint="delivery.mail-form-url-hint" />
      <div className="field">
        <label htmlFor="d-template">{t('delivery.template')}</label>
        <textarea id="d-template" rows={3} spellCheck={false} className="mono" aria-invalid={invalid('mailFormPrefillTemplate')}
          aria-describedby={described('mailFormPrefillTemplate', 'd-template-hint')} {...register('mailFormPrefillTemplate')} />
        <p className="hint" id="d-template-hint">{t('delivery.template-hint')}</p>
        <SettingsFieldError id="d-template-error" message={problem('mailFormPrefillTemplate')} />
        <TemplateFields template={watch('mailFormPrefillTemplate')} />
      </div>
    </>
  );
}

export function EndpointField({ ctx }: { ctx: DeliveryFieldsContext }) {
  return (
    <UrlField ctx={ctx} id="s-endpoint" field="endpointUrl" label="settings.endpoint" hint="delivery.endpoint-hint">
      <ConnectionTest url={ctx.form.watch('endpointUrl')} />
    </UrlField>
  );
}
