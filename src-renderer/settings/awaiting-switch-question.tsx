// After switching from the mail form to an endpoint: the requests still awaiting hand-off are
// listed by case number and staff decide whether they now go out automatically (yes → queued) or
// stay for the mail form. Nothing is sent without that answer.
import { useEffect, useRef, useState } from 'react';
import { deskApi, unwrap } from '../api/desk-api';
import { refreshOutbox } from '../ui/refresh-outbox';
import { useDeskAction } from '../ui/use-desk-action';
import { useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';
import { settingsOperator } from './settings-operator';

export function AwaitingSwitchQuestion() {
  const t = useT();
  const { busy, run } = useDeskAction();
  const operator = useSession((s) => s.operator);
  const outbox = useSession((s) => s.outbox);
  const [answer, setAnswer] = useState<string | null>(null);
  const [asked] = useState(() => outbox.filter((i) => i.state === 'awaiting-hand-off'));
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  if (asked.length === 0) return null;

  const numbers = asked.map((i) => i.caseNumber).join('、');
  const yes = async () => {
    const queued = await run(() => unwrap(deskApi().queueAwaiting({ ids: asked.map((i) => i.id), operator: operator?.name ?? settingsOperator(useSession.getState()) })));
    if (!queued) return;
    setAnswer(t('delivery.awaiting-queued', { count: queued.length }));
    await refreshOutbox(() => run(() => unwrap(deskApi().listOutbox({}))));
  };
  return (
    <div className="banner banner-info awaiting-question" data-testid="awaiting-question">
      {answer === null && (
        <>
          <p id="awaiting-question-text">{t('delivery.awaiting-question', { count: asked.length, numbers })}</p>
          <div className="form-actions" role="group" aria-labelledby="awaiting-question-text">
            <button type="button" ref={first} className="button-primary" disabled={busy} onClick={() => void yes()}>{t('delivery.awaiting-yes')}</button>
            <button type="button" className="button-secondary" disabled={busy} onClick={() => setAnswer(t('delivery.awaiting-kept', { count: asked.length }))}>{t('delivery.awaiting-no')}</button>
          </div>
        </>
      )}
      <p role="status" aria-live="polite" data-testid="awaiting-answer">{answer}</p>
    </div>
  );
}
