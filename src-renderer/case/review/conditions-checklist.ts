import { checklistItemById, type ChecklistItem } from '../../../src-shared/domain';
import type { CaseFormValues } from '../wizard/case-form';
import { consentItems } from '../wizard/steps';

/** The consent-step checklist items with whether each is confirmed. */
export function conditionsChecklist(ver: CaseFormValues['verification']): (ChecklistItem & { ok: boolean })[] {
  return consentItems.map((id) => ({ ...(checklistItemById(id) as ChecklistItem), ok: ver.checklist[id] === true }));
}
