// Everything that has left or still has to leave the counter: items awaiting hand-off through the
// desk's mail form, requests and correction notices on their way to an endpoint, and how each one
// left. 今すぐすべて送信 is offered only for the endpoint (the mail form sends nothing by itself: it
// says what to do instead), only when something waits there, and reports what happened; every
// button's result is announced.
import { useCallback, useEffect, useRef, useState } from 'react';
import { deskApi, unwrap } from '../api/desk-api';
import { refreshOutbox } from '../ui/refresh-outbox';
import { useDeskAction } from '../ui/use-desk-action';
import { useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';
import { OutboxRow } from './outbox-row';
import { sendAllReport } from './send-all-report';

export function OutboxScreen() {
  const t = useT();
  const outbox = useSession((s) => s.outbox);
  const operator = useSession((s) => s.operator);
  const language = useSession((s) => s.language);
  const channel = useSession((s) => s.settings?.deliveryChannel ?? 'mail-form');
  const { busy, run } = useDeskAction();
  const [announcement, setAnnouncement] = useState({ text: '', ok: true });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    void refreshOutbox(() => run(() => unwrap(deskApi().listOutbox({}))));
  }, [run]);
  const announce = useCallback((message: string, ok = true) => {
    setAnnouncement({ text: message, ok });
    void refreshOutbox(() => run(() => unwrap(deskApi().listOutbox({}))));
  }, [run]);
  const sendable = outbox.some((i) => i.channel === 'endpoint' && (i.state === 'queued' || i.state === 'needs-attention') && !i.erased);
  const sendAll = async () => {
    if (!operator) return;
    const result = await run(() => unwrap(deskApi().sendAllNow({ operator: operator.name })));
    if (result) announce(sendAllReport(result, language), result.delivered > 0 && result.stillFailing.length === 0 && result.notSent === 0);
  };
  const ordered = [...outbox].sort((a, b) => b.queuedAt.localeCompare(a.queuedAt));
  return (
    <section className="screen outbox-screen" aria-labelledby="outbox-title">
      <div className="screen-head">
        <h1 id="outbox-title" ref={heading} tabIndex={-1}>{t('outbox.title')}</h1>
        {channel === 'endpoint' && (
          <button type="button" className="button-primary" disabled={busy || !sendable} onClick={() => void sendAll()}>{t('outbox.send-all')}</button>
        )}
      </div>
      <p className="lead">{t('outbox.lead')}</p>
      {channel === 'mail-form' && <p className="hint" data-testid="send-all-mail-form">{t('outbox.send-all-mail-form')}</p>}
      <div role="status" aria-live="polite" className="announcement" data-testid="outbox-announcement">
        {announcement.text && <p className={`banner ${announcement.ok ? 'banner-ok' : 'banner-warning'}`}>{announcement.text}</p>}
      </div>
      {ordered.length === 0 ? <p className="empty">{t('outbox.empty')}</p> : <ul className="outbox-list">{ordered.map((i) => <OutboxRow key={i.id} item={i} announce={announce} />)}</ul>}
    </section>
  );
}
