// The wizard: one react-hook-form for the whole case (so values survive step changes and the
// language switch), autosaved to the core, with a step list and step-by-step validation.
import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { CaseView } from '../../../src-shared/core-api';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../state/session-store';
import { toDraft, type CaseFormValues } from './case-form';
import { caseResolver } from './case-resolver';
import { stepFields, stepIds } from './steps';
import { StepList } from './step-list';
import { SaveStatus } from './save-status';
import { useAutosave } from './use-autosave';
import { WizardContext, type WizardContextValue } from './wizard-context';
import { stopReasons } from './stop-reasons';
import { useCaseEvaluation, useGoTo, useStepFocus, useWizardDefaults } from './wizard-hooks';
import { StepPanel } from './wizard-step-panel';

/** `initial.id` is '' for a new case: the first typed value creates it (then `onCreated`). */
export function WizardForm({ initial, step, onCreated }: { initial: CaseView; step: number; onCreated?: (id: string) => void }) {
  const t = useT();
  const operator = useSession((s) => s.operator);
  const [view, setView] = useState(initial);
  const [showSummary, setShowSummary] = useState(false);
  const locked = view.status !== 'draft';

  const defaults = useWizardDefaults(initial);
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

  const { today, earlier, evaluation } = useCaseEvaluation(values, view.id);
  const goTo = useGoTo(flush, caseId, setShowSummary);
  const heading = useStepFocus(step, locked);

  const stepId = stepIds[step - 1] ?? 'route';
  const stops = stopReasons(values, evaluation, earlier);

  // Next validates the open step first (a locked case has nothing to validate).
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
            <StepPanel step={step} stepId={stepId} heading={heading} showSummary={showSummary} stopped={stops.length > 0} next={next} />
          </div>
        </section>
      </FormProvider>
    </WizardContext.Provider>
  );
}
