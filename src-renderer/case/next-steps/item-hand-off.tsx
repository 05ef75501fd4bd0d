// One outbox item inside a next step: its state and how it left, and — while it awaits a
// mail-form hand-off — open the form, copy the text, mark it handed over. It acts on the item
// the core made at 確定 (or with the correction); it never creates one.
import { useState } from 'react';
import type { OutboxItem } from '../../../src-shared/core-api';
import { StatusBadge } from '../../ui/status-badge';
import { useLocal, useT } from '../../i18n/use-t';
import { HandOffFacts } from '../../outbox/hand-off-facts';
import { MarkHandedOverForm } from '../../outbox/mark-handed-over-form';
import { useMailForm, type Announce } from '../../outbox/use-mail-form';
import { MailFormText } from '../../outbox/mail-form-text';

export function ItemHandOff({ item, announce, stateTestId }: { item: OutboxItem; announce: Announce; stateTestId: string }) {
  const t = useT();
  const local = useLocal();
  const mailForm = useMailForm(announce);
  const [marking, setMarking] = useState(false);
  const awaiting = item.state === 'awaiting-hand-off';
  return (
    <>
      <p className="outbox-state" data-testid={stateTestId} data-state={item.state}>
        <StatusBadge state={item.state} /> <HandOffFacts item={item} />
        {item.lastError && ` — ${local(item.lastError.message)}`}
      </p>
      {awaiting && (
        <div className="next-step-actions">
          <button type="button" className="button-primary" disabled={mailForm.busy} onClick={() => void mailForm.open(item)} data-testid="open-mail-form">{t('handoff.open-form')}</button>
          <button type="button" className="button-secondary" disabled={mailForm.busy} onClick={() => void mailForm.copy(item)}>{t('handoff.copy-text')}</button>
          <button type="button" className="button-secondary" onClick={() => setMarking(true)} data-testid="mark-handed-over">{t('handoff.mark')}</button>
        </div>
      )}
      {marking && awaiting && <MarkHandedOverForm item={item} announce={announce} onClose={() => setMarking(false)} />}
      {mailForm.fallback !== null && <MailFormText text={mailForm.fallback} busy={mailForm.busy} onRetry={() => void mailForm.retryCopy()} />}
    </>
  );
}
