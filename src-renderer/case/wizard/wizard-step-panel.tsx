// The open step: its heading, the locked / fix-errors banners, the step's fields with Back and
// Next, and under them what applies to the whole case (amendments, close or discard a draft).
import type { RefObject } from 'react';
import { useFormContext } from 'react-hook-form';
import { useT } from '../../i18n/use-t';
import type { CaseFormValues } from './case-form';
import { stepTitleKey, type StepId } from './steps';
import { useWizard } from './wizard-context';
import { StepBody } from './step-body';
import { DiscardButton } from './discard-button';
import { CloseNotVerified } from './close-not-verified';
import { AmendSection } from '../amendments/amend-section';
import { ActionBar } from '../../ui/action-bar';

export interface StepPanelProps {
  step: number;
  stepId: StepId;
  /** The step heading; it takes focus on a step change (see useStepFocus). */
  heading: RefObject<HTMLHeadingElement | null>;
  showSummary: boolean;
  /** Whether a stop condition holds (the route step then offers no Next). */
  stopped: boolean;
  next: () => Promise<void>;
}

export function StepPanel({ step, stepId, heading, showSummary, stopped, next }: StepPanelProps) {
  const t = useT();
  const { view, locked, goTo, flush } = useWizard();
  const form = useFormContext<CaseFormValues>();
  return (
    <div className="wizard-main">
      <h2 id="step-title" ref={heading} tabIndex={-1}>
        <span className="step-number">{t('wizard.step-of', { n: step })}</span>
        {t(stepTitleKey[stepId])}
      </h2>
      {locked && stepId !== 'review' && <p className="banner banner-info">{t(view.status === 'closed-not-verified' ? 'wizard.locked-closed' : 'wizard.locked')}</p>}
      {showSummary && Object.keys(form.formState.errors).length > 0 && <p className="banner banner-error" role="alert">{t('wizard.fix-errors')}</p>}
      <form noValidate onSubmit={(e) => { e.preventDefault(); void next(); }} aria-labelledby="step-title">
        <fieldset className="step-fieldset" disabled={locked && stepId !== 'review'}>
          <StepBody step={stepId} />
        </fieldset>
        {stepId !== 'review' && (
          <ActionBar>
            {step > 1 && <button type="button" className="button-secondary" onClick={() => void goTo(step - 1)}>{t('wizard.back')}</button>}
            {stepId === 'route' && stopped && !locked ? null : <button type="submit" className="button-primary" data-testid="primary-action">{t('wizard.next')}</button>}
          </ActionBar>
        )}
      </form>
      {/* Its own form, so it sits outside the step's form (forms do not nest). */}
      {stepId === 'review' && <AmendSection />}
      {view.status === 'draft' && view.id && (
        <div className="case-end-actions">
          <CloseNotVerified caseId={view.id} />
          <DiscardButton caseId={view.id} flush={flush} />
        </div>
      )}
    </div>
  );
}
