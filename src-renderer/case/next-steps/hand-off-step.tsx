// ② Hand the request over through the installation's channel: with the mail form, open the form,
// copy the text and mark it handed over; with an endpoint, send it. Done once the request is
// handed over or delivered; its state and how it left are shown either way.
import { useState } from 'react';
import type { CaseView, OutboxItem } from '../../../src-shared/core-api';
import { deskApi, unwrap } from '../../api/desk-api';
import { refreshOutbox } from '../../ui/refresh-outbox';
import { StatusBadge } from '../../ui/status-badge';
import { useDeskAction } from '../../ui/use-desk-action';
import { useLocal, useT } from '../../i18n/use-t';
import { HandOffFacts } from '../../outbox/hand-off-facts';
import { MarkHandedOverForm } from '../../outbox/mark-handed-over-form';
import { useMailForm, type Announce } from '../../outbox/use-mail-form';
import { MailFormText } from '../../outbox/mail-form-text';
import { useSession } from '../../state/session-store';
import { useWizard } from '../wizard/wizard-context';
import { StepItem } from './step-item';

function ItemState({ item }: { item: OutboxItem }) {
  const local = useLocal();
  return (
    <p className="outbox-state" data-testid="case-outbox-state" data-state={item.state}>
      <StatusBadge state={item.state} /> <HandOffFacts item={item} />
      {item.lastError && ` — ${local(item.lastError.message)}`}
    </p>
  );
}

/** The case's request in the outbox, queued on first use (the core puts it on the installation's channel). */
function useRequestItem(view: CaseView) {
  const { setView } = useWizard();
  const operator = useSession((s) => s.operator);
  const item = useSession((s) => s.outbox.find((i) => i.caseId === view.id && i.kind === 'request'));
  const { busy, run } = useDeskAction();
  const ensure = async (): Promise<OutboxItem | undefined> => {
    if (item) return item;
    if (!operator) return undefined;
    const created = await run(() => unwrap(deskApi().enqueue({ caseId: view.id, operator: operator.name })));
    if (!created) return undefined;
    const [fresh] = await Promise.all([
      run(() => unwrap(deskApi().getCase({ id: view.id }))),
      refreshOutbox(() => run(() => unwrap(deskApi().listOutbox({})))),
    ]);
    if (fresh) setView(fresh);
    return created;
  };
  return { item, ensure, busy };
}

export function HandOffStep({ view, announce }: { view: CaseView; announce: Announce }) {
  const t = useT();
  const settings = useSession((s) => s.settings);
  const { item, ensure, busy } = useRequestItem(view);
  const mailForm = useMailForm(announce);
  const [marking, setMarking] = useState<OutboxItem | null>(null);
  const channel = item?.channel ?? settings?.deliveryChannel ?? 'mail-form';
  const done = item?.state === 'handed-over' || item?.state === 'delivered';
  const awaiting = !item || item.state === 'awaiting-hand-off';
  const withItem = (action: (i: OutboxItem) => unknown) => async () => { const i = await ensure(); if (i) await action(i); };
  const send = async () => { if (await ensure()) announce(t('review.sent')); };
  return (
    <StepItem id="hand-off" title={t(channel === 'mail-form' ? 'next.handoff.mail-form' : 'next.handoff.endpoint')} done={done}>
      {item && <ItemState item={item} />}
      {channel === 'mail-form' && awaiting && (
        <div className="next-step-actions">
          <button type="button" className="button-primary" disabled={busy || mailForm.busy} onClick={() => void withItem(mailForm.open)()} data-testid="open-mail-form">{t('handoff.open-form')}</button>
          <button type="button" className="button-secondary" disabled={busy || mailForm.busy} onClick={() => void withItem(mailForm.copy)()}>{t('handoff.copy-text')}</button>
          <button type="button" className="button-secondary" disabled={busy} onClick={() => void withItem(setMarking)()} data-testid="mark-handed-over">{t('handoff.mark')}</button>
        </div>
      )}
      {channel === 'endpoint' && !item && (
        <div className="next-step-actions">
          <button type="button" className="button-primary" disabled={busy} onClick={() => void send()} data-testid="send">{t('review.send')}</button>
        </div>
      )}
      {marking && item?.state === 'awaiting-hand-off' && <MarkHandedOverForm item={item} announce={announce} onClose={() => setMarking(null)} />}
      {mailForm.fallback !== null && <MailFormText text={mailForm.fallback} />}
    </StepItem>
  );
}
