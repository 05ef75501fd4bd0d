// 送付済みにする: staff confirm they submitted the request through the desk's mail form. The
// operator is whoever is at the counter; the auto-reply number is optional.
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { OutboxItem } from '../../src-shared/core-api';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../ui/use-desk-action';
import { useT } from '../i18n/use-t';
import { SettingsFieldError } from '../ui/settings-field-error';
import { useSession } from '../state/session-store';
import { markFormSchema, type MarkFormValues } from './hand-off-forms';
import type { Announce } from './use-mail-form';
import { enterSubmits } from './enter-submits';

export function MarkHandedOverForm({ item, announce, onClose }: { item: OutboxItem; announce: Announce; onClose: () => void }) {
  const t = useT();
  const operator = useSession((s) => s.operator);
  const { busy, run } = useDeskAction();
  const field = `ref-${item.id}`;
  const { register, handleSubmit, formState: { errors } } = useForm<MarkFormValues>({ defaultValues: { reference: '' }, resolver: zodResolver(markFormSchema) });
  const { ref, ...rest } = register('reference');
  const input = useRef<HTMLInputElement | null>(null);
  useEffect(() => input.current?.focus(), []);
  if (!operator) return null;
  const submit = handleSubmit(async ({ reference }) => {
    const done = await run(() => unwrap(deskApi().markHandedOver({ id: item.id, operator: operator.name, ...(reference ? { reference } : {}) })));
    if (!done) return;
    announce(t('handoff.marked', { number: item.caseNumber }));
    onClose();
  });
  const submitOnEnter = enterSubmits(submit);
  const error = errors.reference?.message;
  return (
    // Not a <form>: on the review step this sits inside the wizard's form (forms cannot nest).
    <div className="hand-off-form" role="group" aria-label={t('handoff.mark')} onKeyDown={submitOnEnter} data-testid="mark-form">
      <p>{t('handoff.by-operator', { name: operator.name })}</p>
      <div className="field">
        <label htmlFor={field}>{t('handoff.reference')}{t('common.optional')}</label>
        <input id={field} autoComplete="off" spellCheck={false} aria-invalid={error ? true : undefined}
          aria-describedby={`${field}-hint${error ? ` ${field}-error` : ''}`} {...rest} ref={(el) => { ref(el); input.current = el; }} />
        <p className="hint" id={`${field}-hint`}>{t('handoff.reference-hint')}</p>
        <SettingsFieldError id={`${field}-error`} message={error} />
      </div>
      <div className="form-actions">
        <button type="button" className="button-primary" disabled={busy} onClick={() => void submit()}>{t('handoff.mark-confirm')}</button>
        <button type="button" className="button-secondary" onClick={onClose}>{t('handoff.cancel')}</button>
      </div>
    </div>
  );
}
