// Settings → 送付先: how finalized requests leave the counter (the desk's mail form by default, or
// an endpoint), the mail-form link and the desk's prefilled-link template (and the personal data it
// puts into the link). The core validates; its field-level message shows next to the field and what
// was typed stays. A destination other than the desk's own is confirmed by name before it is saved
// and stays noted here. Switching channels asks about (or reports on) the requests still awaiting
// hand-off.
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Settings } from '../../src-shared/core-api';
import { useLocal, useT } from '../i18n/use-t';
import { DestinationNotice } from '../ui/destination-notice';
import { DestinationConfirm } from './destination-confirm';
import { TemplateFields } from './template-fields';
import { useDeliverySave } from './use-delivery-save';
import { useSession } from '../state/session-store';
import { ConnectionTest } from './connection-test';
import { SettingsFieldError } from '../ui/settings-field-error';
import { deliveryFormSchema, toDeliveryValues, type DeliveryField, type DeliveryFormValues } from './delivery-form';
import { AwaitingSwitchQuestion } from './awaiting-switch-question';

export function DeliveryPanel() {
  const settings = useSession((s) => s.settings);
  if (!settings) return null;
  return <DeliveryForm initial={settings} current={settings} />;
}

function DeliveryForm({ initial, current }: { initial: Settings; current: Settings }) {
  const t = useT();
  const local = useLocal();
  const { busy, coreIssues, saved, pending, cancelled, save: saveValues, confirm, cancel } = useDeliverySave(initial);
  const { register, handleSubmit, watch, formState: { errors } } = useForm<DeliveryFormValues>({
    defaultValues: toDeliveryValues(initial),
    resolver: zodResolver(deliveryFormSchema),
  });
  const channel = watch('deliveryChannel');

  const save = handleSubmit(saveValues);

  const problem = (field: DeliveryField): string | undefined => {
    const own = errors[field]?.message;
    if (own) return own;
    const core = coreIssues[field];
    return core ? local(core) : undefined;
  };
  const described = (field: DeliveryField, hint: string) => `${hint}${problem(field) ? ` ${hint.replace(/-hint$/, '-error')}` : ''}`;
  const invalid = (field: DeliveryField) => (problem(field) ? true : undefined);

  return (
    <section className="panel delivery-panel" aria-labelledby="delivery-title" data-testid="delivery-panel">
      <h2 id="delivery-title">{t('delivery.title')}</h2>
      <p className="hint">{t('delivery.lead')}</p>
      <DestinationNotice settings={current} withProposals />
      <form noValidate onSubmit={(e) => void save(e)}>
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
        {channel === 'endpoint' && (
          <div className="field">
            <label htmlFor="s-endpoint">{t('settings.endpoint')}</label>
            <input id="s-endpoint" type="url" autoComplete="off" spellCheck={false} aria-invalid={invalid('endpointUrl')}
              aria-describedby={described('endpointUrl', 's-endpoint-hint')} {...register('endpointUrl')} />
            <p className="hint" id="s-endpoint-hint">{t('delivery.endpoint-hint')}</p>
            <SettingsFieldError id="s-endpoint-error" message={problem('endpointUrl')} />
            <ConnectionTest url={watch('endpointUrl')} />
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy} data-testid="save-delivery">{t('delivery.save')}</button>
          <span role="status" aria-live="polite" data-testid="delivery-status">
            {saved !== null && <span className="banner-ok-inline">{t('delivery.saved')}</span>}
            {saved === 'to-mail-form' && <span className="delivery-note"> {t('delivery.switched-back')}</span>}
            {cancelled && <span className="delivery-note">{t('destination.cancelled')}</span>}
          </span>
        </div>
        {pending && <DestinationConfirm labels={pending.labels} onConfirm={() => void confirm()} onCancel={cancel} />}
      </form>
      {saved === 'to-endpoint' && <AwaitingSwitchQuestion />}
    </section>
  );
}
