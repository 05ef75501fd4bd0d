// The expiry override's source and reason: asked as soon as an override date is typed, because
// an override without both cannot be finalized.
import { useFormContext } from 'react-hook-form';
import { expiryOverrideSourceLabels, expiryOverrideSources } from '../../../../src-shared/domain';
import { useLocal, useT } from '../../../i18n/use-t';
import type { CaseFormValues } from '../case-form';
import { RadioGroup, TextField } from '../fields';

export function OverrideFields() {
  const t = useT();
  const local = useLocal();
  const { watch } = useFormContext<CaseFormValues>();
  if (watch('eligibility.accountExpiryOverride').trim() === '') return null;
  return (
    <div className="override-details">
      <RadioGroup name="eligibility.accountExpiryOverrideSource" legend={t('flow.override.source')}
        options={expiryOverrideSources.map((s) => ({ value: s, label: local(expiryOverrideSourceLabels[s]) }))} />
      <TextField name="eligibility.accountExpiryOverrideReason" label={t('flow.override.reason')} hint={t('flow.override.reason-hint')} />
    </div>
  );
}
