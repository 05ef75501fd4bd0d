// Step 4: the fields the support desk needs about the applicant, the e-mail typed twice.
import { faculties } from '../../../src-shared/domain';
import { useLocal, useT } from '../../i18n/use-t';
import { SelectField, TextField } from '../fields';

export function StepApplicant() {
  const t = useT();
  const local = useLocal();
  return (
    <div className="step step-applicant">
      <p className="lead">{t('applicant.lead')}</p>
      <TextField name="applicant.utokyoAccount" inputMode="numeric" label={t('applicant.account')} hint={t('applicant.account-hint')} />
      <TextField name="applicant.studentNumber" label={t('applicant.student-number')} />
      <div className="field-row">
        <TextField name="applicant.name" label={t('applicant.name')} />
        <TextField name="applicant.nameKana" optional label={t('applicant.name-kana')} />
      </div>
      <SelectField name="applicant.facultyCode" label={t('applicant.faculty')} placeholder={t('applicant.faculty-choose')}
        options={faculties.map((f) => ({ value: f.code, label: local(f) }))} />
      <TextField name="applicant.contactEmail" type="email" inputMode="email" label={t('applicant.email')} hint={t('applicant.email-hint')} />
      <TextField name="applicant.contactEmailConfirm" type="email" inputMode="email" label={t('applicant.email-confirm')} hint={t('applicant.email-confirm-hint')} />
    </div>
  );
}
