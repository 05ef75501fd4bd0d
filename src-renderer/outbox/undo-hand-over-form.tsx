// 取り消す: a mistaken 送付済み can be undone the same day, with a reason (audited).
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { OutboxItem } from '../../src-shared/core-api';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../ui/use-desk-action';
import { useT } from '../i18n/use-t';
import { SettingsFieldError } from '../ui/settings-field-error';
import { useSession } from '../state/session-store';
import { undoFormSchema, type UndoFormValues } from './hand-off-forms';
import type { Announce } from './use-mail-form';
import { enterSubmits } from './enter-submits';

export function UndoHandOverForm({ item, announce, onClose }: { item: OutboxItem; announce: Announce; onClose: () => void }) {
  const t = useT();
  const operator = useSession((s) => s.operator);
  const { busy, run } = useDeskAction();
  const field = `undo-${item.id}`;
  const { register, handleSubmit, formState: { errors } } = useForm<UndoFormValues>({ defaultValues: { reason: '' }, resolver: zodResolver(undoFormSchema) });
  const { ref, ...rest } = register('reason');
  const box = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => box.current?.focus(), []);
  if (!operator) return null;
  const submit = handleSubmit(async ({ reason }) => {
    const done = await run(() => unwrap(deskApi().undoHandOver({ id: item.id, operator: operator.name, reason })));
    if (!done) return;
    announce(t('handoff.undone', { number: item.caseNumber }));
    onClose();
  });
  const submitOnEnter = enterSubmits(submit);
  const error = errors.reason?.message;
  return (
    // Not a <form>: on the review step this sits inside the wizard's form (forms cannot nest).
    <div className="hand-off-form" role="group" aria-label={t('handoff.undo')} onKeyDown={submitOnEnter} data-testid="undo-form">
      <div className="field">
        <label htmlFor={field}>{t('handoff.undo-reason')}{t('common.required')}</label>
        <textarea id={field} rows={2} maxLength={1000} aria-invalid={error ? true : undefined} aria-describedby={error ? `${field}-error` : undefined}
          {...rest} ref={(el) => { ref(el); box.current = el; }} />
        <SettingsFieldError id={`${field}-error`} message={error} />
      </div>
      <div className="form-actions">
        <button type="button" className="button-primary" disabled={busy} onClick={() => void submit()}>{t('handoff.undo-confirm')}</button>
        <button type="button" className="button-secondary" onClick={onClose}>{t('handoff.cancel')}</button>
      </div>
    </div>
  );
}
