import { assertNever } from '../../../src-shared/assert-never';
import type { StepId } from './steps';
import { StepRoute } from './steps/step-route';
import { StepMethod } from './steps/step-method';
import { StepChecklist } from './steps/step-checklist';
import { StepApplicant } from './steps/step-applicant';
import { StepRequest } from './steps/step-request';
import { StepConsent } from './steps/step-consent';
import { ReviewStep } from '../review/review-step';

export function StepBody({ step }: { step: StepId }) {
  switch (step) {
    case 'route': return <StepRoute />;
    case 'method': return <StepMethod />;
    case 'checklist': return <StepChecklist />;
    case 'applicant': return <StepApplicant />;
    case 'request': return <StepRequest />;
    case 'consent': return <StepConsent />;
    case 'review': return <ReviewStep />;
    default: return assertNever(step);
  }
}
