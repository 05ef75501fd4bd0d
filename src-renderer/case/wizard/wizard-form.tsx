// The wizard: one react-hook-form for the whole case (so values survive step changes and the
// language switch), autosaved to the core, with a step list and step-by-step validation.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { CaseView } from '../../../src-shared/core-api';
import { evaluateCase, historyOf, normalizeAccount, tokyoDate } from '../../../src-shared/domain';
import { useEarlierRequests } from './checks-first/use-earlier-requests';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../state/session-store';
import { fromDraft, toDraft, type CaseFormValues } from './case-form';
import { caseResolver } from './case-resolver';
import { stepFields, stepIds, stepTitleKey } from './steps';
import { StepList } from './step-list';
import { SaveStatus } from './save-status';
import { useAutosave } from './use-autosave';
import { WizardContext, type WizardContextValue } from './wizard-context';
import { StepBody } from './step-body';
import { stopReasons } from './stop-reasons';
import { DiscardButton } from './discard-button';
import { CloseNotVerified } from './close-not-verified';
import { AmendSection } from '../amendments/amend-section';
import { ActionBar } from '../../ui/action-bar';

/** The step's first form control, when it is a text field still empty (and the case is not locked). */
function firstEmptyTextField(main: HTMLElement | null, locked: boolean): HTMLInputElement | null {
  const first = main?.querySelector<HTMLElement>('.step-fieldset :is(input, select, textarea):not([type="hidden"])');
  if (locked || !(first instanceof HTMLInputElement)) return null;
  return ['text', 'email', 'tel'].includes(first.type) && first.value === '' ? first : null;
}

/** `initial.id` is '' for a new case: the first typed value creates it (then `onCreated`). */
export function WizardForm({ initial, step, onCreated }: { initial: CaseView; step: number; onCreated?: (id: string) => void }) {
  const t = useT();
  const operator = useSession((s) => s.operator);
  const settings = useSession((s) => s.settings);
  const navigate = useSession((s) => s.navigate);
  const [view, setView] = useState(initial);
  const [showSummary, setShowSummary] = useState(false);
  const locked = view.status !== 'draft';
  const heading = useRef<HTMLHeadingElement>(null);

  const defaults = useMemo(() => {
    const v = fromDraft(initial.input);
    if (!v.applicant.facultyCode && settings) v.applicant.facultyCode = settings.department.code;
    if (!v.verification.verifierName && operator) {
      v.verification.verifierName = operator.name;
      v.verification.verifierRole = operator.role;
    }
    return v;
  }, [initial, settings, operator]);

  const form = useForm<CaseFormValues>({ defaultValues: defaults, resolver: caseResolver, mode: 'onTouched', reValidateMode: 'onChange' });
  const values = form.watch();
  const autosave = useAutosave({
    caseId: initial.id,
    operator: operator?.name ?? '',
    enabled: !locked && operator !== null,
    read: () => toDraft(form.getValues()),
    onSaved: setView,
    onCreated: (created) => onCreated?.(created.id),
  });
  const { schedule, flush, caseId } = autosave;

  useEffect(() => {
    const sub = form.watch(() => schedule());
    return () => sub.unsubscribe();
  }, [form, schedule]);

  const today = tokyoDate(new Date());
  const draft = toDraft(values);
  const earlier = useEarlierRequests(values.applicant.utokyoAccount, view.id);
  const evaluation = evaluateCase(draft, {
    today,
    departmentCode: settings?.department.code ?? '',
    history: historyOf(normalizeAccount(values.applicant.utokyoAccount), earlier),
    studentNumberPattern: settings?.studentNumberPattern ?? undefined,
  });

  // Quick clicks on the step list: only the last requested step is opened, even when an earlier
  // request's save finishes after it.
  const latestGoTo = useRef(0);
  const goTo = useCallback(async (next: number) => {
    const request = ++latestGoTo.current;
    await flush();
    if (request !== latestGoTo.current) return;
    setShowSummary(false);
    // Nothing typed yet: still no case, so the steps are those of the unsaved wizard.
    const id = caseId();
    navigate(id ? { name: 'case', id, step: next } : { name: 'new-case', step: next });
  }, [flush, navigate, caseId]);

  // A step that opens on an empty text field puts the cursor in it (one click less per step);
  // otherwise the step's heading takes focus, so screen readers announce the step.
  // Only on a step change: finalizing (which locks the case) moves focus to what to do next instead.
  const lockedNow = useRef(locked);
  lockedNow.current = locked;
  useEffect(() => {
    const first = firstEmptyTextField(heading.current?.parentElement ?? null, lockedNow.current);
    if (first) first.focus();
    else heading.current?.focus();
  }, [step]);

  const stepId = stepIds[step - 1] ?? 'route';
  const stops = stopReasons(values, evaluation, earlier);

  const next = async () => {
    if (!locked) {
      const ok = await form.trigger(stepFields(stepId, form.getValues()) as never, { shouldFocus: true });
      if (!ok) {
        setShowSummary(true);
        return;
      }
    }
    await goTo(step + 1);
  };

  const context: WizardContextValue = {
    view,
    evaluation,
    warnings: evaluation.warnings,
    serverIssues: autosave.error?.issues ?? [],
    today,
    locked,
    earlier,
    setView,
    goTo,
    flush,
  };

  return (
    <WizardContext.Provider value={context}>
      <FormProvider {...form}>
        <section className="screen wizard" aria-labelledby="wizard-title">
          <div className="wizard-head">
            <h1 id="wizard-title">{t('wizard.title')}{view.caseNumber ? ` ${view.caseNumber}` : ''}</h1>
            <SaveStatus autosave={autosave} locked={locked} closed={view.status === 'closed-not-verified'} />
          </div>
          <div className="wizard-layout">
            <StepList current={step} values={values} view={view} stopped={stops.length > 0} />
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
                    {stepId === 'route' && stops.length > 0 && !locked ? null : <button type="submit" className="button-primary" data-testid="primary-action">{t('wizard.next')}</button>}
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
          </div>
        </section>
      </FormProvider>
    </WizardContext.Provider>
  );
}
