// 送付済みにする: staff confirm they submitted the request through the desk's mail form. The
// operator is whoever is at the counter; the auto-reply number is optional.
import { zodResolver } from '@hookform/resolvers/zod';
import { deskApi, unwrap } from '../api/desk-api';
import { useT } from '../i18n/use-t';
import { SettingsFieldError } from '../ui/settings-field-error';
import { markFormSchema, type MarkFormValues } from './hand-off-forms';
import { HandOffFormFrame } from './hand-off-form-frame';
import { useHandOffForm, type HandOffFormProps } from './use-hand-off-form';

export function MarkHandedOverForm(props: HandOffFormProps) {
  const t = useT();
  const { operator, busy, submit, input, error } = useHandOffForm<MarkFormValues>(props, {
    form: { defaultValues: { reference: '' }, resolver: zodResolver(markFormSchema) },
    field: 'reference',
    call: ({ reference }, operator) => unwrap(deskApi().markHandedOver({ id: props.item.id, operator, ...(reference ? { reference } : {}) })),
    done: 'handoff.marked',
  });
  if (!operator) return null;
  const field = `ref-${props.item.id}`;
  return (
    <HandOffFormFrame label={t('handoff.mark')} testId="mark-form" confirm={t('handoff.mark-confirm')} busy={busy} submit={submit} onClose={props.onClose}>
      <p>{t('handoff.by-operator', { name: operator.name })}</p>
      <div className="field">
        <label htmlFor={field}>{t('handoff.reference')}{t('common.optional')}</label>
        <input id={field} autoComplete="off" spellCheck={false} aria-invalid={error ? true : undefined}
          aria-describedby={`${field}-hint${error ? ` ${field}-error` : ''}`} {...input} />
        <p className="hint" id={`${field}-hint`}>{t('handoff.reference-hint')}</p>
        <SettingsFieldError id={`${field}-error`} message={error} />
      </div>
    </HandOffFormFrame>
  );
}
