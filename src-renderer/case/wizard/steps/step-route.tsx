// Step 1: is the counter route open? Student before leaving, why the online service cannot be
// used, the window (expiry overridable, deadline with days left) and prior use per service.
import { useFormContext } from 'react-hook-form';
import { accountExpiryFor, isIsoDate, onlineServiceUnavailableReasons, onlineServiceUnavailableLabels, services, URGENT_DAYS } from '../../../../src-shared/domain';
import { useLocal, useT } from '../../../i18n/use-t';
import type { CaseFormValues } from '../case-form';
import { CheckboxField, RadioGroup, TextField } from '../fields';
import { useWizard } from '../wizard-context';
import { stopReasons } from '../stop-reasons';
import { DaysLeft } from '../../../ui/days-left';
import { OverrideFields } from '../checks-first/override-fields';
import { StepIdentify } from '../checks-first/step-identify';
import { DateEcho } from '../date-echo';
import { StopBanner } from '../stop-banner';

export function StepRoute() {
  const t = useT();
  const local = useLocal();
  const { watch } = useFormContext<CaseFormValues>();
  const { evaluation, earlier, today } = useWizard();
  const values = watch();
  const el = values.eligibility;
  const computed = isIsoDate(el.departureDate) ? accountExpiryFor(el.departureDate) : null;
  const { accountExpiry, deadline, daysLeft } = evaluation.derived;
  const stops = stopReasons(values, evaluation, earlier);
  const future = evaluation.issues.find((i) => i.code === 'departure.future');

  return (
    <div className="step step-route">
      <StepIdentify />
      <p className="lead">{t('route.lead')}</p>
      <RadioGroup name="eligibility.studentBeforeLeaving" legend={t('route.student')}
        options={[{ value: 'yes', label: t('common.yes') }, { value: 'no', label: t('common.no') }]} />
      <RadioGroup name="eligibility.onlineServiceUnavailable" legend={t('route.online')}
        options={onlineServiceUnavailableReasons.map((r) => ({ value: r, label: local(onlineServiceUnavailableLabels[r]) }))} />
      {el.onlineServiceUnavailable === 'other' && <TextField name="eligibility.onlineServiceNote" label={t('route.online-note')} />}
      <TextField name="eligibility.departureDate" type="date" label={t('route.departure')} hint={t('route.departure-hint')} className="field-date"
        echo={<DateEcho name="eligibility.departureDate" />} />
      {/* A leaving date after today asks first (a typo is likelier than a future date); the answer stays visible. */}
      {isIsoDate(el.departureDate) && el.departureDate > today && (
        <div className="banner banner-warning" data-testid="departure-future">
          {future && <p>{local(future.message)}</p>}
          <CheckboxField name="acknowledgements.departure-in-future" label={t('flow.ack.departure-in-future')} />
        </div>
      )}
      <div className="derived" aria-live="polite">
        <dl>
          <div>
            <dt>{t('route.expiry')}</dt>
            <dd data-testid="expiry">{accountExpiry ?? t('route.no-date')}</dd>
            {/* Always there (empty until a date is known), so leaving the date field moves nothing under the pointer. */}
            <dd className="hint computed-line" data-testid="expiry-computed">{computed ? t('route.expiry-computed', { date: computed }) : '\u00A0'}</dd>
          </div>
          <div>
            <dt>{t('route.deadline')}</dt>
            <dd data-testid="deadline" className={daysLeft !== null && daysLeft <= URGENT_DAYS ? 'urgent' : undefined}>
              {deadline ? <>{deadline} <DaysLeft days={daysLeft} /></> : t('route.no-date')}
            </dd>
          </div>
        </dl>
      </div>
      <TextField name="eligibility.accountExpiryOverride" type="date" optional label={t('route.expiry-override')} hint={t('route.expiry-override-hint')} className="field-date"
        echo={<DateEcho name="eligibility.accountExpiryOverride" />} />
      <OverrideFields />
      <fieldset className="field choice-group">
        <legend>{t('route.prior')}</legend>
        {services.map((s) => (
          <CheckboxField key={s.id} name={`eligibility.priorUse.${s.id}`} label={t('route.prior-used', { service: local(s.name) })} />
        ))}
      </fieldset>
      {stops.length > 0 ? <StopBanner /> : <p className="banner banner-info">{t('route.data-may-be-gone')}</p>}
    </div>
  );
}
