// The wizard's pieces of state that are not the form itself: first values, the live rule
// evaluation, step navigation and where focus lands when a step opens.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { CaseView } from '../../../src-shared/core-api';
import { evaluateCase, historyOf, normalizeAccount, tokyoDate } from '../../../src-shared/domain';
import { useEarlierRequests } from './checks-first/use-earlier-requests';
import { useSession } from '../../state/session-store';
import { fromDraft, toDraft, type CaseFormValues } from './case-form';

/** The saved input, with the desk's department and the signed-in operator as verifier where still empty. */
export function useWizardDefaults(initial: CaseView): CaseFormValues {
  const operator = useSession((s) => s.operator);
  const settings = useSession((s) => s.settings);
  return useMemo(() => {
    const v = fromDraft(initial.input);
    if (!v.applicant.facultyCode && settings) v.applicant.facultyCode = settings.department.code;
    if (!v.verification.verifierName && operator) {
      v.verification.verifierName = operator.name;
      v.verification.verifierRole = operator.role;
    }
    return v;
  }, [initial, settings, operator]);
}

/** The rules run on every change, with the requests already made on this PC for the typed account. */
export function useCaseEvaluation(values: CaseFormValues, caseId: string) {
  const settings = useSession((s) => s.settings);
  const today = tokyoDate(new Date());
  const draft = toDraft(values);
  const earlier = useEarlierRequests(values.applicant.utokyoAccount, caseId);
  const evaluation = evaluateCase(draft, {
    today,
    departmentCode: settings?.department.code ?? '',
    history: historyOf(normalizeAccount(values.applicant.utokyoAccount), earlier),
    studentNumberPattern: settings?.studentNumberPattern ?? undefined,
  });
  return { today, earlier, evaluation };
}

/**
 * Opens a step once pending edits are saved. Quick clicks on the step list: only the last
 * requested step is opened, even when an earlier request's save finishes after it.
 */
export function useGoTo(flush: () => Promise<boolean>, caseId: () => string, setShowSummary: (show: boolean) => void) {
  const navigate = useSession((s) => s.navigate);
  const latestGoTo = useRef(0);
  return useCallback(async (next: number) => {
    const request = ++latestGoTo.current;
    await flush();
    if (request !== latestGoTo.current) return;
    setShowSummary(false);
    // Nothing typed yet: still no case, so the steps are those of the unsaved wizard.
    const id = caseId();
    navigate(id ? { name: 'case', id, step: next } : { name: 'new-case', step: next });
  }, [flush, navigate, caseId, setShowSummary]);
}

/** The step's first form control, when it is a text field still empty (and the case is not locked). */
function firstEmptyTextField(main: HTMLElement | null, locked: boolean): HTMLInputElement | null {
  const first = main?.querySelector<HTMLElement>('.step-fieldset :is(input, select, textarea):not([type="hidden"])');
  if (locked || !(first instanceof HTMLInputElement)) return null;
  return ['text', 'email', 'tel'].includes(first.type) && first.value === '' ? first : null;
}

/**
 * A step that opens on an empty text field puts the cursor in it (one click less per step);
 * otherwise the step's heading takes focus, so screen readers announce the step.
 * Only on a step change: finalizing (which locks the case) moves focus to what to do next instead.
 * Returns the ref for the step heading (its parent holds the step's fields).
 */
export function useStepFocus(step: number, locked: boolean) {
  const heading = useRef<HTMLHeadingElement>(null);
  const lockedNow = useRef(locked);
  lockedNow.current = locked;
  useEffect(() => {
    const first = firstEmptyTextField(heading.current?.parentElement ?? null, lockedNow.current);
    if (first) first.focus();
    else heading.current?.focus();
  }, [step]);
  return heading;
}
