// The seven steps with which are complete. Any step can be opened directly: staff often fill the
// applicant's details in the order the applicant gives them. After a stop (step 1) the steps of
// the identity check and the request are not offered: only the route and the review, which leads
// with the stop.
import type { CaseView } from '../../../src-shared/core-api';
import { useT } from '../../i18n/use-t';
import type { CaseFormValues } from './case-form';
import { errorIssues } from './case-resolver';
import { stepIds, stepOfPath, stepTitleKey, type StepId } from './steps';
import { useWizard } from './wizard-context';

export function completedSteps(values: CaseFormValues, view: CaseView, stopped: boolean): Set<StepId> {
  const incomplete = new Set(errorIssues(values).map((i) => stepOfPath(i.path)));
  if (stopped) incomplete.add('route');
  const done = new Set(stepIds.filter((s) => !incomplete.has(s)));
  if (view.status === 'draft') done.delete('review');
  return done;
}

export function StepList({ current, values, view, stopped }: { current: number; values: CaseFormValues; view: CaseView; stopped: boolean }) {
  const t = useT();
  const { goTo } = useWizard();
  const done = completedSteps(values, view, stopped);
  return (
    <nav className="step-list" aria-label={t('wizard.steps')}>
      <ol>
        {stepIds.map((id, i) => {
          const isCurrent = current === i + 1;
          const complete = done.has(id);
          const closed = stopped && view.status === 'draft' && id !== 'route' && id !== 'review' && !isCurrent;
          return (
            <li key={id} className={`${isCurrent ? 'step-current' : ''} ${complete ? 'step-done' : ''} ${closed ? 'step-closed' : ''}`}>
              <button type="button" aria-current={isCurrent ? 'step' : undefined} disabled={closed} onClick={() => void goTo(i + 1)} data-testid={`step-${id}`} data-complete={complete}>
                <span className="step-mark" aria-hidden="true">{complete && !closed ? '✓' : String(i + 1)}</span>
                <span className="step-name">{t(stepTitleKey[id])}</span>
                <span className="step-state">{closed ? t('wizard.step-stopped') : complete ? t('wizard.complete') : t('wizard.incomplete')}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
