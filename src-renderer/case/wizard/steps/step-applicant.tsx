// Step 4: the fields the support desk needs about the applicant, the e-mail typed twice. (The
// account and the faculty are asked on step 1, where the checks that need them run.)
import { foldEmail, normalizeStudentNumber } from '../../../../src-shared/domain';
import { useT } from '../../../i18n/use-t';
import { TextField } from '../fields';

export function StepApplicant() {
  const t = useT();
  return (
    <div className="step step-applicant">
      <p className="lead">{t('applicant.lead')}</p>
      <TextField name="applicant.studentNumber" label={t('applicant.student-number')} normalize={normalizeStudentNumber} />
      <div className="field-row">
        <TextField name="applicant.name" label={t('applicant.name')} />
        <TextField name="applicant.nameKana" optional label={t('applicant.name-kana')} />
      </div>
      <TextField name="applicant.contactEmail" type="email" inputMode="email" foldAsTyped={foldEmail} label={t('applicant.email')} hint={t('applicant.email-hint')} />
      <TextField name="applicant.contactEmailConfirm" type="email" inputMode="email" foldAsTyped={foldEmail} label={t('applicant.email-confirm')} hint={t('applicant.email-confirm-hint')} />
    </div>
  );
}
