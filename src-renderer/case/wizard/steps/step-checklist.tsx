// Step 3: the identity checklist for the chosen method, each item with its full text.
import { useLocal, useT } from '../../../i18n/use-t';
import { useCheckChoice } from './use-check-choice';
import { CheckboxField } from '../fields';
import { identityItems } from '../steps';

export function StepChecklist() {
  const t = useT();
  const local = useLocal();
  const { method, documentType } = useCheckChoice();
  if (!method) return <p className="banner banner-info">{t('checklist.choose-method')}</p>;
  const items = identityItems(method, documentType || undefined);
  const common = items.filter((i) => !i.videoOnly);
  const video = items.filter((i) => i.videoOnly);
  return (
    <div className="step step-checklist">
      <p className="lead">{t('checklist.lead')}</p>
      <fieldset className="field-group checklist">
        <legend>{t('wizard.step.checklist')}</legend>
        {common.map((i) => <CheckboxField key={i.id} name={`verification.checklist.${i.id}`} label={local(i)} />)}
      </fieldset>
      {video.length > 0 && (
        <fieldset className="field-group checklist">
          <legend>{t('checklist.video-items')}</legend>
          {video.map((i) => <CheckboxField key={i.id} name={`verification.checklist.${i.id}`} label={local(i)} />)}
        </fieldset>
      )}
    </div>
  );
}
