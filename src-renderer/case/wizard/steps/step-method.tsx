// Step 2: how the identity is checked (in person is the rule), which ID (type only, never its
// number), and who checks.
import { documentTypes } from '../../../../src-shared/domain';
import { useLocal, useT } from '../../../i18n/use-t';
import { useCheckChoice } from './use-check-choice';
import { RadioGroup, TextArea, TextField } from '../fields';

export function StepMethod() {
  const t = useT();
  const local = useLocal();
  const { method, documentType } = useCheckChoice();
  return (
    <div className="step step-method">
      <p className="lead">{t('method.lead')}</p>
      <RadioGroup name="verification.method" legend={t('method.method')}
        options={[{ value: 'in-person', label: t('method.in-person') }, { value: 'video', label: t('method.video') }]} hint={t('method.video-hint')} />
      {method === 'video' && <TextArea name="verification.videoReason" label={t('method.video-reason')} />}
      <RadioGroup name="verification.documentType" legend={t('method.document')} hint={t('method.no-number')}
        options={documentTypes.map((d) => ({ value: d.id, label: local(d), note: d.note ? local(d.note) : undefined }))} />
      {documentType === 'other' && <TextField name="verification.documentTypeOther" label={t('method.document-other')} />}
      <fieldset className="field-group">
        <legend>{t('method.verifier')}</legend>
        <div className="field-row">
          <TextField name="verification.verifierName" label={t('method.verifier-name')} />
          <TextField name="verification.verifierRole" label={t('method.verifier-role')} />
        </div>
      </fieldset>
      <fieldset className="field-group">
        <legend>{t('method.second')}</legend>
        <div className="field-row">
          <TextField name="verification.secondChecker.name" optional label={t('method.second-name')} />
          <TextField name="verification.secondChecker.role" optional label={t('method.second-role')} />
        </div>
      </fieldset>
    </div>
  );
}
