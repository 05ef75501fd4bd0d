// Discarding is the only way a draft disappears, and it asks first — inline, the same kind of
// question as 確定 (no native dialog: one kind of confirmation everywhere).
import { useEffect, useRef, useState } from 'react';
import { deskApi, unwrap } from '../../api/desk-api';
import { useDeskAction } from '../../ui/use-desk-action';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../state/session-store';

export function DiscardButton({ caseId, flush }: { caseId: string; flush: () => Promise<boolean> }) {
  const t = useT();
  const { busy, run } = useDeskAction();
  const [asking, setAsking] = useState(false);
  const no = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => { if (asking) no.current?.focus(); }, [asking]);

  const discard = async () => {
    const operator = useSession.getState().operator;
    if (!operator) return;
    await flush();
    const done = await run(() => unwrap(deskApi().discardCase({ id: caseId, operator: operator.name })));
    if (done) useSession.getState().navigate({ name: 'cases' });
  };
  const cancel = () => {
    setAsking(false);
    queueMicrotask(() => opener.current?.focus());
  };

  if (!asking) {
    return <button type="button" ref={opener} className="button-danger discard" disabled={busy} onClick={() => setAsking(true)} data-testid="discard">{t('wizard.discard')}</button>;
  }
  return (
    <div className="banner banner-warning discard confirm-discard" role="group" aria-labelledby="confirm-discard-title" data-testid="confirm-discard-box">
      <h3 id="confirm-discard-title">{t('wizard.discard-confirm')}</h3>
      <div className="form-actions">
        <button type="button" className="button-danger" disabled={busy} onClick={() => void discard()} data-testid="confirm-discard">{t('wizard.discard-yes')}</button>
        <button type="button" ref={no} className="button-secondary" disabled={busy} onClick={cancel}>{t('common.cancel')}</button>
      </div>
    </div>
  );
}
