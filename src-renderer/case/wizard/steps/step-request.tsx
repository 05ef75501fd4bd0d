// Step 5: which services (each with what it does and does not cover) and why the data is needed
// now, with the seed's example and live hints (length, "only forgot").
import { useFormContext } from 'react-hook-form';
import { normalizeText, REASON_MIN_LENGTH, reasonExample, services } from '../../../../src-shared/domain';
import { useLocal, useT } from '../../../i18n/use-t';
import type { CaseFormValues } from '../case-form';
import { FieldMessages, TextArea } from '../fields';

export function StepRequest() {
  const t = useT();
  const local = useLocal();
  const { register, watch } = useFormContext<CaseFormValues>();
  const reason = watch('request.reason') ?? '';
  const prior = watch('eligibility.priorUse');
  const length = [...normalizeText(reason)].length;
  return (
    <div className="step step-request">
      <p className="lead">{t('request.lead')}</p>
      <fieldset className="field choice-group" aria-describedby="services-note">
        <legend>{t('request.services')}</legend>
        {services.map((s) => (
          <div className="choice service" key={s.id}>
            <input type="checkbox" id={`f-service-${s.id}`} value={s.id} aria-describedby={`scope-${s.id}`} {...register('request.services')} />
            <label htmlFor={`f-service-${s.id}`}>{local(s.name)}</label>
            <ul className="scope" id={`scope-${s.id}`}>
              {s.scope.map((line) => <li key={line.en}>{local(line)}</li>)}
              {prior?.[s.id] && <li className="field-warning">{t('request.used-before')}</li>}
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
