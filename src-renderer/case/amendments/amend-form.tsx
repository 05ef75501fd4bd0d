// "Record a correction": choose a field, see its current value, type the corrected value and why.
// The core checks the value with the field's rules; its issues appear next to the field in the
// user's language and nothing typed is lost. On success the form clears and the history grows.
import { useRef, useState } from 'react';
import { useForm, useFormContext, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { CoreErrorData } from '../../../src-shared/core-api';
import { faculties } from '../../../src-shared/domain';
import { deskApi, toErrorData, unwrap } from '../../api/desk-api';
import { useLocal, useT } from '../../i18n/use-t';
import { useSession } from '../../state/session-store';
import { fromDraft, type CaseFormValues } from '../wizard/case-form';
import { useWizard } from '../wizard/wizard-context';
import { amendableField, fieldLabel, fieldsFor, formatValue, valueAt } from './amendable-fields';
import {
  amendErrorText, amendFormSchema, changeValue, emptyAmendForm, formFieldOf, formOrder, type AmendFormField, type AmendFormValues,
} from './amend-form-schema';

const ids: Record<AmendFormField, string> = {
  field: 'amend-field', value: 'amend-value', valueConfirm: 'amend-value-confirm', secondName: 'amend-second-name', secondRole: 'amend-second-role', reason: 'amend-reason',
};

export function AmendForm({ operator }: { operator: string }) {
  const t = useT();
  const local = useLocal();
  const language = useSession((s) => s.language);
  const { view, setView } = useWizard();
  const wizardForm = useFormContext<CaseFormValues>();
  const input = useRef(view.input);
  input.current = view.input;
  // The "unchanged" check compares with the case as it is now, not as it was when the form mounted.
  const resolver: Resolver<AmendFormValues> = (values, context, options) => zodResolver(amendFormSchema(input.current))(values, context, options);
  const { register, handleSubmit, watch, setValue, setError, setFocus, clearErrors, reset, formState: { errors, isSubmitting } } =
    useForm<AmendFormValues>({ defaultValues: emptyAmendForm, resolver });
  const [failure, setFailure] = useState<CoreErrorData | null>(null);
  const [recorded, setRecorded] = useState<{ n: number; field: string } | null>(null);

  const field = watch('field');
  const chosen = amendableField(field);
  const current = chosen ? formatValue(chosen.path, valueAt(view.input, chosen.path), t, language) : '';

  // Choosing a field starts from its current value, so a one-character typo is a one-character edit.
  const choose = (path: string) => {
    const now = valueAt(input.current, path);
    if (amendableField(path)?.kind === 'person') {
      const p = (now ?? {}) as { name?: string; role?: string };
      setValue('secondName', p.name ?? '');
      setValue('secondRole', p.role ?? '');
    } else {
      setValue('value', typeof now === 'string' ? now : '');
    }
    setValue('valueConfirm', '');
    clearErrors(['value', 'valueConfirm', 'secondName', 'secondRole']);
  };

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    setRecorded(null);
    try {
      const confirm = amendableField(values.field)?.confirm ? { valueConfirm: values.valueConfirm } : {};
      const updated = await unwrap(deskApi().amendCase({ id: view.id, field: values.field, value: changeValue(values), ...confirm, reason: values.reason, by: operator }));
      setView(updated);
      wizardForm.reset(fromDraft(updated.input)); // the summary above shows the corrected case
      reset(emptyAmendForm);
      setRecorded({ n: updated.amendments.length, field: values.field });
    } catch (e) {
      const data = toErrorData(e);
      const placed = new Set<AmendFormField>();
      for (const issue of data.issues) {
        const name = formFieldOf(issue, values.field);
        if (!name || placed.has(name)) continue;
        placed.add(name);
        setError(name, { type: issue.code, message: issue.code, types: { ja: issue.message.ja, en: issue.message.en } });
      }
      const first = formOrder.find((name) => placed.has(name));
      if (first) setFocus(first);
      setFailure({ ...data, issues: data.issues.filter((i) => formFieldOf(i, values.field) === null) });
    }
  });

  const describedBy = (name: AmendFormField, ...extra: (string | false)[]) =>
    [...extra, errors[name] && `${ids[name]}-error`].filter(Boolean).join(' ') || undefined;
  const invalid = (name: AmendFormField) => (errors[name] ? true : undefined);
  const error = (name: AmendFormField) => {
    const text = amendErrorText(errors[name], language);
    return text && <p className="field-error" id={`${ids[name]}-error`} data-testid={`amend-error-${name}`}>{text}</p>;
  };

  return (
    <form className="amend-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="amend-title">
      <div className="field">
        <label htmlFor={ids.field}>{t('amend.field')}</label>
        <select id={ids.field} aria-invalid={invalid('field')} aria-describedby={describedBy('field')}
          {...register('field', { onChange: (e: { target: { value: string } }) => choose(e.target.value) })}>
          <option value="">{t('applicant.faculty-choose')}</option>
          {fieldsFor(view.input).map((f) => <option key={f.path} value={f.path}>{t(f.label)}</option>)}
        </select>
        {error('field')}
      </div>
      {chosen && (
        <div className="review-row amend-current" id="amend-current" data-testid="amend-current">
          <span className="amend-current-label">{t('amend.current')}</span>
          <span className="pre-wrap">{current || <span className="muted">{t('review.empty')}</span>}</span>
        </div>
      )}
      {chosen?.kind === 'person' ? (
        <div className="field-row">
          <div className="field">
            <label htmlFor={ids.secondName}>{t('method.second-name')}</label>
            <input id={ids.secondName} autoComplete="off" spellCheck={false} aria-invalid={invalid('secondName')}
              aria-describedby={describedBy('secondName', 'amend-current')} {...register('secondName')} />
            {error('secondName')}
          </div>
          <div className="field">
            <label htmlFor={ids.secondRole}>{t('method.second-role')}</label>
            <input id={ids.secondRole} autoComplete="off" spellCheck={false} aria-invalid={invalid('secondRole')}
              aria-describedby={describedBy('secondRole', 'amend-current')} {...register('secondRole')} />
            {error('secondRole')}
          </div>
        </div>
      ) : chosen && (
        <div className="field">
          <label htmlFor={ids.value}>{t('amend.value')}</label>
          {chosen.kind === 'faculty' ? (
            <select id={ids.value} aria-invalid={invalid('value')} aria-describedby={describedBy('value', 'amend-current')} {...register('value')}>
              <option value="">{t('applicant.faculty-choose')}</option>
              {faculties.map((f) => <option key={f.code} value={f.code}>{local(f)}</option>)}
            </select>
          ) : chosen.kind === 'textarea' ? (
            <textarea id={ids.value} rows={4} aria-invalid={invalid('value')} aria-describedby={describedBy('value', 'amend-current')} {...register('value')} />
          ) : (
            <input id={ids.value} type={chosen.kind === 'email' ? 'email' : 'text'} inputMode={chosen.kind === 'account' ? 'numeric' : chosen.kind === 'email' ? 'email' : undefined}
              autoComplete="off" spellCheck={false} aria-invalid={invalid('value')} aria-describedby={describedBy('value', 'amend-current')} {...register('value')} />
          )}
          {error('value')}
        </div>
      )}
      {chosen?.confirm && (
        <div className="field">
          <label htmlFor={ids.valueConfirm}>{t('flow.amend.confirm')}</label>
          <input id={ids.valueConfirm} type="email" inputMode="email" autoComplete="off" spellCheck={false} aria-invalid={invalid('valueConfirm')}
            aria-describedby={describedBy('valueConfirm', 'amend-confirm-hint')} {...register('valueConfirm')} />
          <p className="hint" id="amend-confirm-hint">{t('flow.amend.confirm-hint')}</p>
          {error('valueConfirm')}
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.reason}>{t('amend.reason')}</label>
        <textarea id={ids.reason} rows={3} aria-invalid={invalid('reason')} aria-describedby={describedBy('reason', 'amend-reason-hint')} {...register('reason')} />
        <p className="hint" id="amend-reason-hint">{t('amend.reason-hint')}</p>
        {error('reason')}
      </div>
      {failure && (
        <div className="banner banner-error" role="alert" data-testid="amend-failure">
          <p>{local(failure.message)}</p>
          {failure.issues.length > 0 && <ul>{failure.issues.map((i, n) => <li key={`${i.path}-${n}`}>{local(i.message)}</li>)}</ul>}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={isSubmitting} data-testid="amend-submit">{t('amend.submit')}</button>
      </div>
      <div role="status" aria-live="polite" className="amend-status">
        {recorded && <p className="banner banner-ok" data-testid="amend-notice">{t('amend.recorded', { n: recorded.n, field: fieldLabel(recorded.field, t, language) })}</p>}
      </div>
    </form>
  );
}
