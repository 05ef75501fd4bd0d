// One outbox item. Awaiting hand-off is a calm state with what to do next and the mail-form
// actions; an endpoint item shows its attempts, last error and next step with "retry now"; a
// finished one shows how it left (HandOffFacts). A correction notice is labelled as such. An item
// whose case was erased is final: it says so and offers only to open what is left of the case.
import { useState } from 'react';
import type { OutboxItem } from '../../src-shared/core-api';
import { deskApi, unwrap } from '../api/desk-api';
import { formatTime } from '../ui/format-time';
import { statusLabel } from '../../src-shared/messages/status-labels';
import { useDeskAction } from '../ui/use-desk-action';
import { useLocal, useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';
import { HandOffFacts } from './hand-off-facts';
import { MarkHandedOverForm } from './mark-handed-over-form';
import { UndoHandOverForm } from './undo-hand-over-form';
import { ErasedBadge } from '../ui/erased-badge';
import { StatusBadge } from '../ui/status-badge';
import { useMailForm, type Announce } from './use-mail-form';
import { MailFormText } from './mail-form-text';

type OpenForm = 'mark' | 'undo' | null;

const undoable = (item: OutboxItem) => !item.erased && item.state === 'handed-over' && item.handOverUndoableUntil !== null && Date.parse(item.handOverUndoableUntil) > Date.now();

function AwaitingActions({ item, announce, onMark }: { item: OutboxItem; announce: Announce; onMark: () => void }) {
  const t = useT();
  const mailForm = useMailForm(announce);
  const hidden = <span className="visually-hidden"> {item.caseNumber}</span>;
  return (
    <>
      <button type="button" className="button-primary" disabled={mailForm.busy} onClick={() => void mailForm.open(item)}>{t('handoff.open-form')}{hidden}</button>
      <button type="button" className="button-secondary" disabled={mailForm.busy} onClick={() => void mailForm.copy(item)}>{t('handoff.copy-text')}{hidden}</button>
      <button type="button" className="button-secondary" onClick={onMark}>{t('handoff.mark')}{hidden}</button>
      {mailForm.fallback !== null && <MailFormText text={mailForm.fallback} busy={mailForm.busy} onRetry={() => void mailForm.retryCopy()} />}
    </>
  );
}

function ErasedNote({ item }: { item: OutboxItem }) {
  const t = useT();
  const local = useLocal();
  return (
    <p className="outbox-erased" data-testid="outbox-erased">
      {t('outbox.erased')}{item.lastError ? ` ${local(item.lastError.nextStep)}` : ''}
    </p>
  );
}

function EndpointProgress({ item }: { item: OutboxItem }) {
  const t = useT();
  const local = useLocal();
  return (
    <>
      <p>{t('outbox.attempts', { count: item.attempts })}{item.nextAttemptAt ? ` — ${t('outbox.next', { time: formatTime(item.nextAttemptAt) })}` : ''}</p>
      {item.lastError && (
        <div className="outbox-error">
          <p><strong>{t('outbox.last-error')}:</strong> {local(item.lastError.message)}</p>
          <p><strong>{t('outbox.next-step')}:</strong> {local(item.lastError.nextStep)}</p>
        </div>
      )}
    </>
  );
}

export function OutboxRow({ item, announce }: { item: OutboxItem; announce: Announce }) {
  const t = useT();
  const operator = useSession((s) => s.operator);
  const language = useSession((s) => s.language);
  const navigate = useSession((s) => s.navigate);
  const { busy, run } = useDeskAction();
  const [form, setForm] = useState<OpenForm>(null);
  const retry = async () => {
    if (!operator) return;
    const tried = await run(() => unwrap(deskApi().retryDelivery({ id: item.id, operator: operator.name })));
    if (tried) announce(t('handoff.retried', { number: item.caseNumber, state: statusLabel(tried.state, language) }));
  };
  const sending = !item.erased && (item.state === 'queued' || item.state === 'sending' || item.state === 'needs-attention');
  const awaiting = !item.erased && item.state === 'awaiting-hand-off';
  const title = item.kind === 'amendment' ? t('handoff.amendment', { number: item.caseNumber }) : item.caseNumber;
  // A notice follows its request: until that has left, say which one goes first.
  const request = useSession((s) => (item.kind === 'amendment' ? s.outbox.find((i) => i.id === item.amendsSubmissionId) : undefined));
  const requestFirst = request !== undefined && (request.state === 'awaiting-hand-off' || request.state === 'queued' || request.state === 'sending' || request.state === 'needs-attention');
  return (
    <li className={`outbox-item outbox-${item.state}`} data-testid="outbox-item" data-state={item.state} data-kind={item.kind}>
      <div className="outbox-item-head">
        <h2>{title}</h2>
        <StatusBadge state={item.state} />
        {item.erased && <ErasedBadge />}
      </div>
      {item.kind === 'amendment' && <p className="hint">{t('handoff.amendment-lead', { number: item.caseNumber })}</p>}
      {requestFirst && <p className="hint" data-testid="request-first">{t('handoff.amendment-after-request', { number: item.caseNumber })}</p>}
      {awaiting && <p className="outbox-calm">{t('handoff.awaiting-lead')}</p>}
      {sending && <EndpointProgress item={item} />}
      {item.erased && <ErasedNote item={item} />}
      <p><HandOffFacts item={item} /></p>
      {undoable(item) && <p className="hint">{t('handoff.undo-until', { time: formatTime(item.handOverUndoableUntil) })}</p>}
      <div className="outbox-actions">
        {awaiting && <AwaitingActions item={item} announce={announce} onMark={() => setForm('mark')} />}
        {sending && (
          <button type="button" className="button-primary" disabled={busy} onClick={() => void retry()}>
            {t('outbox.retry')}<span className="visually-hidden"> {item.caseNumber}</span>
          </button>
        )}
        {undoable(item) && (
          <button type="button" className="button-secondary" onClick={() => setForm('undo')}>{t('handoff.undo')}<span className="visually-hidden"> {item.caseNumber}</span></button>
        )}
        <button type="button" className="button-secondary" onClick={() => navigate({ name: 'case', id: item.caseId, step: 7 })}>
          {t('outbox.open-case')}<span className="visually-hidden"> {item.caseNumber}</span>
        </button>
      </div>
      {form === 'mark' && awaiting && <MarkHandedOverForm item={item} announce={announce} onClose={() => setForm(null)} />}
      {form === 'undo' && <UndoHandOverForm item={item} announce={announce} onClose={() => setForm(null)} />}
    </li>
  );
}
