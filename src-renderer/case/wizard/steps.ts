// The seven wizard steps, the fields each one owns, and which issues belong to which step.
import { consentItemIds, identityChecklist, type DocumentTypeId, type VerificationMethod } from '../../../src-shared/domain';
import type { UiKey } from '../../../src-shared/messages/ui';
import type { CaseFormValues } from './case-form';

export const stepIds = ['route', 'method', 'checklist', 'applicant', 'request', 'consent', 'review'] as const;
export type StepId = (typeof stepIds)[number];

export const stepTitleKey: Record<StepId, UiKey> = {
  route: 'wizard.step.route',
  method: 'wizard.step.method',
  checklist: 'wizard.step.checklist',
  applicant: 'wizard.step.applicant',
  request: 'wizard.step.request',
  consent: 'wizard.step.consent',
  review: 'wizard.step.review',
};

/** Checklist items confirmed on the consent step rather than with the identity check. */
export const consentItems = consentItemIds;

/** Step 3's items, as the review shows them too (one list, from the domain). */
export function identityItems(method: VerificationMethod, documentType?: DocumentTypeId) {
  return identityChecklist(method, documentType);
}

/** The step an issue path belongs to. */
export function stepOfPath(path: string): StepId {
  // Step 1 asks for the account and the faculty too, so the checks that need them come first.
  if (path.startsWith('eligibility.') || path === 'applicant.utokyoAccount' || path === 'applicant.facultyCode') return 'route';
  if (path.startsWith('acknowledgements.')) return 'review';
  if (path.startsWith('applicant.')) return 'applicant';
  if (path.startsWith('request.')) return 'request';
  if (path.startsWith('verification.checklist.')) {
    return (consentItems as readonly string[]).includes(path.slice('verification.checklist.'.length)) ? 'consent' : 'checklist';
  }
  return 'method';
}

/** The field names validated when leaving a step, in screen order (the first invalid gets focus). */
export function stepFields(step: StepId, values: CaseFormValues): string[] {
  switch (step) {
    case 'route':
      return [
        'applicant.utokyoAccount', 'applicant.facultyCode', 'eligibility.studentBeforeLeaving', 'eligibility.onlineServiceUnavailable', 'eligibility.onlineServiceNote',
        'eligibility.departureDate', 'eligibility.accountExpiryOverride', 'eligibility.accountExpiryOverrideSource', 'eligibility.accountExpiryOverrideReason',
      ];
    case 'method':
      return ['verification.method', 'verification.videoReason', 'verification.documentType', 'verification.documentTypeOther', 'verification.verifierName', 'verification.verifierRole', 'verification.secondChecker.name', 'verification.secondChecker.role'];
    case 'checklist':
      return values.verification.method ? identityItems(values.verification.method, values.verification.documentType || undefined).map((i) => `verification.checklist.${i.id}`) : ['verification.method'];
    case 'applicant':
      return ['applicant.studentNumber', 'applicant.name', 'applicant.nameKana', 'applicant.contactEmail', 'applicant.contactEmailConfirm'];
    case 'request':
      return ['request.services', 'request.reason'];
    case 'consent':
      return consentItems.map((id) => `verification.checklist.${id}`);
    case 'review':
      return [];
  }
}
