// The field groups of the delivery form (channel, mail-form link and template, endpoint). They share
// one context: the form handle and how a field's problem (its own or the core's) is shown.
import type { UseFormReturn } from 'react-hook-form';
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

export function MailFormFields({ ctx }: { ctx: DeliveryFieldsContext }) {
  const t = useT();
  const { form: { register, watch }, problem, described, invalid } = ctx;
  return (
    <>
      <div className="field">
        <label htmlFor="d-mail-form-url">{t('delivery.mail-form-url')}</label>
        <input id="d-mail-form-url" type="url" autoComplete="off" spellCheck={false} aria-invalid={invalid('mailFormUrl')}
          aria-describedby={described('mailFormUrl', 'd-mail-form-url-hint')} {...register('mailFormUrl')} />
        <p className="hint" id="d-mail-form-url-hint">{t('delivery.mail-form-url-hint')}</p>
        <SettingsFieldError id="d-mail-form-url-error" message={problem('mailFormUrl')} />
      </div>
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
  const t = useT();
  const { form: { register, watch }, problem, described, invalid } = ctx;
  return (
    <div className="field">
      <label htmlFor="s-endpoint">{t('settings.endpoint')}</label>
      <input id="s-endpoint" type="url" autoComplete="off" spellCheck={false} aria-invalid={invalid('endpointUrl')}
        aria-describedby={described('endpointUrl', 's-endpoint-hint')} {...register('endpointUrl')} />
      <p className="hint" id="s-endpoint-hint">{t('delivery.endpoint-hint')}</p>
      <SettingsFieldError id="s-endpoint-error" message={problem('endpointUrl')} />
      <ConnectionTest url={watch('endpointUrl')} />
    </div>
  );
}
