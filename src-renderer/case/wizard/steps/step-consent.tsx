// Step 6: the conditions read to the applicant, each confirmed, then the consent to forwarding.
// The per-condition ticks are view state; together they make the recorded checklist item
// "conditions explained", so the record holds exactly what the checklist defines.
import { useEffect, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { conditions } from '../../../../src-shared/domain';
import { useLocal, useT } from '../../../i18n/use-t';
import type { CaseFormValues } from '../case-form';
import { CheckboxField, FieldMessages } from '../fields';
import { useWizard } from '../wizard-context';

const NAME = 'verification.checklist.conditions-explained' as const;

export function StepConsent() {
  const t = useT();
  const local = useLocal();
  const { locked } = useWizard();
  const { watch, setValue } = useFormContext<CaseFormValues>();
  const explained = watch(NAME);
  const [ticks, setTicks] = useState<Record<string, boolean>>(() => Object.fromEntries(conditions.map((c) => [c.id, explained === true])));

  useEffect(() => {
    const all = conditions.every((c) => ticks[c.id]);
    if (all !== explained) setValue(NAME, all, { shouldDirty: true, shouldValidate: all });
  }, [ticks, explained, setValue]);

  return (
    <div className="step step-consent">
      <p className="lead">{t('consent.lead')}</p>
      <fieldset className="field-group conditions" aria-describedby="f-verification-checklist-conditions-explained-error">
        <legend>{t('wizard.step.consent')}</legend>
        <ol className="condition-list">
          {conditions.map((c, i) => (
            <li key={c.id}>
              <p className="condition-text" id={`condition-${c.id}`}>{local(c.text)}</p>
              <div className="choice">
                <input type="checkbox" id={`f-condition-${c.id}`} checked={ticks[c.id] === true} disabled={locked}
                  aria-describedby={`condition-${c.id}`} data-condition={i}
                  onChange={(e) => setTicks((prev) => ({ ...prev, [c.id]: e.target.checked }))} />
                <label htmlFor={`f-condition-${c.id}`}>{t('consent.condition-confirmed')}</label>
              </div>
            </li>
          ))}
        </ol>
        <FieldMessages name={NAME} />
      </fieldset>
      <CheckboxField name="verification.checklist.consent-forwarding" label={t('consent.forwarding')} />
    </div>
  );
}
