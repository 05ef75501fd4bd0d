// Step 5: which services (each with what it does and does not cover) and why the data is needed
// now, with the seed's example and live hints (length, "only forgot").
import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { normalizeText, REASON_MIN_LENGTH, reasonExample, serviceUnavailable, services, type ServiceId } from '../../../../src-shared/domain';
import { useLocal, useT } from '../../../i18n/use-t';
import type { CaseFormValues } from '../case-form';
import { FieldMessages, TextArea } from '../fields';
import { useWizard } from '../wizard-context';

export function StepRequest() {
  const t = useT();
  const local = useLocal();
  const { register, watch, getValues, setValue } = useFormContext<CaseFormValues>();
  const { earlier, locked } = useWizard();
  const reason = watch('request.reason') ?? '';
  const prior = watch('eligibility.priorUse');
  const length = [...normalizeText(reason)].length;
  // A service already used (declared on step 1, or requested on this PC) cannot be chosen: it is
  // shown disabled with the reason beside it, and taken out of the choice if it was ticked before.
  const unavailable = (id: ServiceId) => serviceUnavailable(id, prior ?? {}, earlier);
  const blocked = services.filter((s) => unavailable(s.id) !== null).map((s) => s.id).join(',');
  useEffect(() => {
    if (locked || blocked === '') return;
    const chosen = getValues('request.services') ?? [];
    const kept = chosen.filter((s) => !blocked.split(',').includes(s));
    if (kept.length !== chosen.length) setValue('request.services', kept, { shouldValidate: true, shouldDirty: true });
  }, [blocked, locked, getValues, setValue]);
  const usedBy = (id: ServiceId) => earlier.find((e) => e.services.includes(id) && e.status !== 'discarded')?.caseNumber ?? '';
  return (
    <div className="step step-request">
      <p className="lead">{t('request.lead')}</p>
      <fieldset className="field choice-group" aria-describedby="services-note">
        <legend>{t('request.services')}</legend>
        {services.map((s) => (
          <div className="choice service" key={s.id}>
            <input type="checkbox" id={`f-service-${s.id}`} value={s.id} aria-describedby={`used-${s.id} scope-${s.id}`}
              disabled={unavailable(s.id) !== null} {...register('request.services')} />
            <label htmlFor={`f-service-${s.id}`}>{local(s.name)}</label>
            {unavailable(s.id) !== null && (
              <p className="field-warning service-used" id={`used-${s.id}`} data-testid={`service-used-${s.id}`}>
                {unavailable(s.id) === 'declared' ? t('request.used-before') : t('request.used-before-history', { caseNumber: usedBy(s.id) })}
              </p>
            )}
            <ul className="scope" id={`scope-${s.id}`}>
              {s.scope.map((line) => <li key={line.en}>{local(line)}</li>)}
            </ul>
          </div>
        ))}
        <p className="hint" id="services-note">{t('request.both-once')}</p>
        <FieldMessages name="request.services" />
      </fieldset>
      <TextArea name="request.reason" label={t('request.reason')} hint={t('request.reason-hint')}>
        <p className={length < REASON_MIN_LENGTH ? 'counter counter-short' : 'counter'} aria-live="polite">{t('request.length', { length })}</p>
      </TextArea>
      <p className="example">{t('request.example', { example: local(reasonExample) })}</p>
    </div>
  );
}
