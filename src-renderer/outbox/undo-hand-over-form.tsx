// 取り消す: a mistaken 送付済み can be undone the same day, with a reason (audited).
import { zodResolver } from '@hookform/resolvers/zod';
import { deskApi, unwrap } from '../api/desk-api';
import { useT } from '../i18n/use-t';
import { SettingsFieldError } from '../ui/settings-field-error';
import { undoFormSchema, type UndoFormValues } from './hand-off-forms';
import { HandOffFormFrame } from './hand-off-form-frame';
import { useHandOffForm, type HandOffFormProps } from './use-hand-off-form';

export function UndoHandOverForm(props: HandOffFormProps) {
  const t = useT();
  const { operator, busy, submit, input, error } = useHandOffForm<UndoFormValues>(props, {
    form: { defaultValues: { reason: '' }, resolver: zodResolver(undoFormSchema) },
    field: 'reason',
    call: ({ reason }, operator) => unwrap(deskApi().undoHandOver({ id: props.item.id, operator, reason })),
    done: 'handoff.undone',
  });
  if (!operator) return null;
  const field = `undo-${props.item.id}`;
  return (
    <HandOffFormFrame label={t('handoff.undo')} testId="undo-form" confirm={t('handoff.undo-confirm')} busy={busy} submit={submit} onClose={props.onClose}>
      <div className="field">
        <label htmlFor={field}>{t('handoff.undo-reason')}{t('common.required')}</label>
        <textarea id={field} rows={2} maxLength={1000} aria-invalid={error ? true : undefined} aria-describedby={error ? `${field}-error` : undefined}
          {...input} />
        <SettingsFieldError id={`${field}-error`} message={error} />
      </div>
    </HandOffFormFrame>
  );
}
