// Every queued request: its state, the last error in plain language with the next step, a
// "retry now", and for delivered ones the desk's receipt id.
import { useEffect, useRef } from 'react';
import type { OutboxItem } from '../../src-shared/core-api';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../app/use-desk-action';
import { formatTime } from '../app/format-time';
import { useLocal, useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';
import { refreshOutbox } from '../app/refresh-outbox';

function OutboxRow({ item }: { item: OutboxItem }) {
  const t = useT();
  const local = useLocal();
  const operator = useSession((s) => s.operator);
  const navigate = useSession((s) => s.navigate);
  const { busy, run } = useDeskAction();
  const retry = async () => {
    if (!operator) return;
    await run(() => unwrap(deskApi().retryDelivery({ id: item.id, operator: operator.name })));
    await refreshOutbox(() => run(() => unwrap(deskApi().listOutbox({}))));
  };
  return (
    <li className={`outbox-item outbox-${item.state}`} data-testid="outbox-item" data-state={item.state}>
      <div className="outbox-item-head">
        <h2>{item.caseNumber}</h2>
        <span className={`badge badge-${item.state}`}>{t(`outbox.state.${item.state}`)}</span>
      </div>
      <p>{t('outbox.attempts', { count: item.attempts })}{item.nextAttemptAt && item.state !== 'delivered' ? ` — ${t('outbox.next', { time: formatTime(item.nextAttemptAt) })}` : ''}</p>
      {item.receiptId && (
        <p data-testid="receipt">{t('outbox.receipt', { receipt: item.receiptId })}{item.receivedAt ? ` — ${t('outbox.received-at', { time: formatTime(item.receivedAt) })}` : ''}</p>
      )}
      {item.lastError && item.state !== 'delivered' && (
        <div className="outbox-error">
          <p><strong>{t('outbox.last-error')}:</strong> {local(item.lastError.message)}</p>
          <p><strong>{t('outbox.next-step')}:</strong> {local(item.lastError.nextStep)}</p>
        </div>
      )}
      <div className="outbox-actions">
        {item.state !== 'delivered' && (
          <button type="button" className="button-primary" disabled={busy} onClick={() => void retry()}>
            {t('outbox.retry')}<span className="visually-hidden"> {item.caseNumber}</span>
          </button>
        )}
        <button type="button" className="button-secondary" onClick={() => navigate({ name: 'case', id: item.caseId, step: 7 })}>
          {t('outbox.open-case')}<span className="visually-hidden"> {item.caseNumber}</span>
        </button>
      </div>
    </li>
  );
}

export function OutboxScreen() {
  const t = useT();
  const outbox = useSession((s) => s.outbox);
  const { busy, run } = useDeskAction();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    void refreshOutbox(() => run(() => unwrap(deskApi().listOutbox({}))));
  }, [run]);
  const sendAll = async () => {
    await refreshOutbox(() => run(() => unwrap(deskApi().flushOutbox({}))));
  };
  const ordered = [...outbox].sort((a, b) => b.queuedAt.localeCompare(a.queuedAt));
  return (
    <section className="screen outbox-screen" aria-labelledby="outbox-title">
      <div className="screen-head">
        <h1 id="outbox-title" ref={heading} tabIndex={-1}>{t('outbox.title')}</h1>
        <button type="button" className="button-primary" disabled={busy || outbox.length === 0} onClick={() => void sendAll()}>{t('outbox.send-all')}</button>
      </div>
      <p className="lead">{t('outbox.lead')}</p>
      {ordered.length === 0 ? <p className="empty">{t('outbox.empty')}</p> : <ul className="outbox-list">{ordered.map((i) => <OutboxRow key={i.id} item={i} />)}</ul>}
    </section>
  );
}
