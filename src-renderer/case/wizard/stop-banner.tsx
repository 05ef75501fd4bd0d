// The stops of the case with the script for the applicant: on step 1, where they arise, and first
// on the review (step 7), before anything else the review says.
import { useFormContext } from 'react-hook-form';
import { useLocal, useT } from '../../i18n/use-t';
import type { CaseFormValues } from './case-form';
import { stopReasons } from './stop-reasons';
import { useWizard } from './wizard-context';

export function StopBanner() {
  const t = useT();
  const local = useLocal();
  const { watch } = useFormContext<CaseFormValues>();
  const { evaluation, earlier } = useWizard();
  const stops = stopReasons(watch(), evaluation, earlier);
  if (stops.length === 0) return null;
  return (
    <div className="banner banner-stop" role="alert" data-testid="stop">
      <h3>{t('wizard.stopped')}</h3>
      {stops.map((s) => (
        <div key={s.issue.code}>
          <p>{local(s.issue.message)}</p>
          <p><strong>{t('wizard.instead')}:</strong> {t(s.instead)}</p>
        </div>
      ))}
    </div>
  );
}
