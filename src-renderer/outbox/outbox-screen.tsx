// Everything that has left or still has to leave the counter: items awaiting hand-off through the
// desk's mail form, requests and correction notices on their way to an endpoint, and how each one
// left. 今すぐすべて送信 reports what happened; every button's result is announced.
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
  const { busy, run } = useDeskAction();
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    void refreshOutbox(() => run(() => unwrap(deskApi().listOutbox({}))));
  }, [run]);
  const announce = useCallback((message: string) => {
    setAnnouncement(message);
    void refreshOutbox(() => run(() => unwrap(deskApi().listOutbox({}))));
  }, [run]);
  const sendAll = async () => {
    if (!operator) return;
    const result = await run(() => unwrap(deskApi().sendAllNow({ operator: operator.name })));
    if (result) announce(sendAllReport(result, language));
  };
  const ordered = [...outbox].sort((a, b) => b.queuedAt.localeCompare(a.queuedAt));
  return (
    <section className="screen outbox-screen" aria-labelledby="outbox-title">
      <div className="screen-head">
        <h1 id="outbox-title" ref={heading} tabIndex={-1}>{t('outbox.title')}</h1>
        <button type="button" className="button-primary" disabled={busy || outbox.length === 0} onClick={() => void sendAll()}>{t('outbox.send-all')}</button>
      </div>
      <p className="lead">{t('outbox.lead')}</p>
      <div role="status" aria-live="polite" className="announcement" data-testid="outbox-announcement">
        {announcement && <p className="banner banner-ok">{announcement}</p>}
      </div>
      {ordered.length === 0 ? <p className="empty">{t('outbox.empty')}</p> : <ul className="outbox-list">{ordered.map((i) => <OutboxRow key={i.id} item={i} announce={announce} />)}</ul>}
    </section>
  );
}
