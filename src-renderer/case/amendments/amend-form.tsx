// "Record a correction": choose a field, see its current value, type the corrected value and why.
// The core checks the value with the field's rules; its issues appear next to the field in the
// user's language and nothing typed is lost. On success the form clears and the history grows.
import { useRef, useState } from 'react';
import { useForm, useFormContext, type Resolver, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { CaseDraft, CoreErrorData } from '../../../src-shared/core-api';
import { toErrorData } from '../../api/desk-api';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../state/session-store';
import { fromDraft, type CaseFormValues } from '../wizard/case-form';
import { useWizard } from '../wizard/wizard-context';
import { amendableField, fieldLabel, fieldsFor, formatValue, valueAt } from './amendable-fields';
import { AmendFailure, ConfirmField, ReasonField, ValueFields, fieldKit, ids } from './amend-form-fields';
import { amendFormSchema, emptyAmendForm, formFieldOf, formOrder, type AmendFormField, type AmendFormValues } from './amend-form-schema';
import { recordCorrection } from './record-correction';

type AmendFormApi = UseFormReturn<AmendFormValues>;

/** The form, checked against the case as it is now, not as it was when the form mounted (the "unchanged" check). */
function useAmendHookForm(input: { readonly current: CaseDraft }): AmendFormApi {
  const resolver: Resolver<AmendFormValues> = (values, context, options) => zodResolver(amendFormSchema(input.current))(values, context, options);
  return useForm<AmendFormValues>({ defaultValues: emptyAmendForm, resolver });
}

// Choosing a field starts from its current value, so a one-character typo is a one-character edit.
function startFrom(form: AmendFormApi, input: CaseDraft, path: string): void {
  const now = valueAt(input, path);
  if (amendableField(path)?.kind === 'person') {
    const p = (now ?? {}) as { name?: string; role?: string };
    form.setValue('secondName', p.name ?? '');
    form.setValue('secondRole', p.role ?? '');
  } else {
    form.setValue('value', typeof now === 'string' ? now : '');
  }
  form.setValue('valueConfirm', '');
  form.clearErrors(['value', 'valueConfirm', 'secondName', 'secondRole']);
}

/** Puts each refusal next to its field (focusing the first); answers what belongs to no field. */
function placeIssues(form: AmendFormApi, e: unknown, field: string): CoreErrorData {
  const data = toErrorData(e);
  const placed = new Set<AmendFormField>();
  for (const issue of data.issues) {
    const name = formFieldOf(issue, field);
    if (!name || placed.has(name)) continue;
    placed.add(name);
    form.setError(name, { type: issue.code, message: issue.code, types: { ja: issue.message.ja, en: issue.message.en } });
  }
  const first = formOrder.find((name) => placed.has(name));
  if (first) form.setFocus(first);
  return { ...data, issues: data.issues.filter((i) => formFieldOf(i, field) === null) };
}

export function AmendForm({ operator }: { operator: string }) {
  const t = useT();
  const language = useSession((s) => s.language);
  const { view, setView } = useWizard();
  const wizardForm = useFormContext<CaseFormValues>();
  const input = useRef(view.input);
  input.current = view.input;
  const form = useAmendHookForm(input);
  const [failure, setFailure] = useState<CoreErrorData | null>(null);
  const [recorded, setRecorded] = useState<{ n: number; field: string } | null>(null);

  const chosen = amendableField(form.watch('field'));
  const current = chosen ? formatValue(chosen.path, valueAt(view.input, chosen.path), language) : '';
  const kit = fieldKit(t, form.register, form.formState.errors, language);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    setRecorded(null);
    try {
      const updated = await recordCorrection(view.id, values, operator);
      setView(updated);
      wizardForm.reset(fromDraft(updated.input)); // the summary above shows the corrected case
      form.reset(emptyAmendForm);
      setRecorded({ n: updated.amendments.length, field: values.field });
    } catch (e) {
      setFailure(placeIssues(form, e, values.field));
    }
  });

  return (
    <form className="amend-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="amend-title">
      <div className="field">
        <label htmlFor={ids.field}>{t('amend.field')}</label>
        <select id={ids.field} aria-invalid={kit.invalid('field')} aria-describedby={kit.describedBy('field')}
          {...form.register('field', { onChange: (e: { target: { value: string } }) => startFrom(form, input.current, e.target.value) })}>
          <option value="">{t('applicant.faculty-choose')}</option>
          {fieldsFor(view.input).map((f) => <option key={f.path} value={f.path}>{t(f.label)}</option>)}
        </select>
        {kit.error('field')}
      </div>
      {chosen && (
        <div className="review-row amend-current" id="amend-current" data-testid="amend-current">
          <span className="amend-current-label">{t('amend.current')}</span>
          <span className="pre-wrap">{current || <span className="muted">{t('review.empty')}</span>}</span>
        </div>
      )}
      {chosen && <ValueFields kit={kit} chosen={chosen} />}
      {chosen?.confirm && <ConfirmField kit={kit} />}
      <ReasonField kit={kit} />
      {failure && <AmendFailure failure={failure} />}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={form.formState.isSubmitting} data-testid="amend-submit">{t('amend.submit')}</button>
      </div>
      <div role="status" aria-live="polite" className="amend-status">
        {recorded && <p className="banner banner-ok" data-testid="amend-notice">{t('amend.recorded', { n: recorded.n, field: fieldLabel(recorded.field, t, language) })}</p>}
      </div>
    </form>
  );
}
