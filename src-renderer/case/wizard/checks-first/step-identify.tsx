// Step 1, first block: the UTokyo Account and the faculty the applicant last belonged to, so the
// deadline, the department and the earlier requests on this PC are checked before anything else.
import { faculties, normalizeAccount } from '../../../../src-shared/domain';
import { useLocal, useT } from '../../../i18n/use-t';
import { SelectField, TextField } from '../fields';
import { useWizard } from '../wizard-context';
import { EarlierRequestsPanel } from './earlier-requests-panel';

export function StepIdentify() {
  const t = useT();
  const local = useLocal();
  const { earlier } = useWizard();
  return (
    <div className="identify">
      <p className="lead">{t('flow.route.identify')}</p>
      <div className="field-row">
        <TextField name="applicant.utokyoAccount" inputMode="numeric" label={t('applicant.account')} hint={t('applicant.account-hint')} normalize={normalizeAccount} />
        <SelectField name="applicant.facultyCode" label={t('applicant.faculty')} placeholder={t('applicant.faculty-choose')}
          options={faculties.map((f) => ({ value: f.code, label: local(f) }))} />
      </div>
      <EarlierRequestsPanel earlier={earlier} />
    </div>
  );
}
