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
import { useDeliverySave, type CoreIssues } from './use-delivery-save';
import { useSession } from '../state/session-store';
import { ChannelFields, EndpointField, MailFormFields, type DeliveryFieldsContext } from './delivery-form-fields';
import { deliveryFormSchema, toDeliveryValues, type DeliveryField, type DeliveryFormValues } from './delivery-form';
import { AwaitingSwitchQuestion } from './awaiting-switch-question';

export function DeliveryPanel() {
  const settings = useSession((s) => s.settings);
  if (!settings) return null;
  return <DeliveryForm initial={settings} current={settings} />;
}

function DeliveryForm({ initial, current }: { initial: Settings; current: Settings }) {
  const t = useT();
  const { busy, coreIssues, saved, pending, cancelled, save: saveValues, confirm, cancel } = useDeliverySave(initial);
  const form = useForm<DeliveryFormValues>({
    defaultValues: toDeliveryValues(initial),
    resolver: zodResolver(deliveryFormSchema),
  });
  const ctx = useFieldProblems(form, coreIssues);
  const channel = form.watch('deliveryChannel');

  const save = form.handleSubmit(saveValues);

  return (
    <section className="panel delivery-panel" aria-labelledby="delivery-title" data-testid="delivery-panel">
      <h2 id="delivery-title">{t('delivery.title')}</h2>
      <p className="hint">{t('delivery.lead')}</p>
      <DestinationNotice settings={current} withProposals />
      <form noValidate onSubmit={(e) => void save(e)}>
        <ChannelFields ctx={ctx} />
        <MailFormFields ctx={ctx} />
        {channel === 'endpoint' && <EndpointField ctx={ctx} />}
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

/** How each field's problem shows: its own validation message first, else the core's (in the UI language). */
function useFieldProblems(form: DeliveryFieldsContext['form'], coreIssues: CoreIssues): DeliveryFieldsContext {
  const local = useLocal();
  const { errors } = form.formState;
  const problem = (field: DeliveryField): string | undefined => {
    const own = errors[field]?.message;
    if (own) return own;
    const core = coreIssues[field];
    return core ? local(core) : undefined;
  };
  const described = (field: DeliveryField, hint: string) => `${hint}${problem(field) ? ` ${hint.replace(/-hint$/, '-error')}` : ''}`;
  const invalid = (field: DeliveryField) => (problem(field) ? true : undefined);
  return { form, problem, described, invalid };
}
