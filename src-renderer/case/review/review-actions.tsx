// 確定 for a draft, placed after the summary it confirms: it asks first, because finalizing cannot
// be undone (the case locks; corrections are appended as amendments).
import { useEffect, useRef, useState } from 'react';
import type { CaseView } from '../../../src-shared/core-api';
import { deskApi, unwrap } from '../../api/desk-api';
import { useDeskAction } from '../../ui/use-desk-action';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../state/session-store';
import { useWizard } from '../wizard/wizard-context';

export function ReviewActions({ canFinalize, onFinalized }: { canFinalize: boolean; onFinalized: (view: CaseView) => void }) {
  const t = useT();
  const { view, setView, flush } = useWizard();
  const operator = useSession((s) => s.operator);
  const { busy, run } = useDeskAction();
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => { if (asking) yes.current?.focus(); }, [asking]);
  if (!operator || view.status !== 'draft') return null;

  const finalize = async () => {
    if (!(await flush())) return;
    const done = await run(() => unwrap(deskApi().finalizeCase({ id: view.id, operator: operator.name })));
    setAsking(false);
    if (done) {
      setView(done);
      onFinalized(done);
    }
  };

  return (
    <div className="review-actions">
      {!asking && (
        <button type="button" className="button-primary" disabled={busy || !canFinalize} onClick={() => setAsking(true)} data-testid="finalize">
          {t('review.finalize')}
        </button>
      )}
      {asking && (
        <div className="banner banner-warning confirm-finalize" role="group" aria-labelledby="confirm-finalize-title" aria-describedby="confirm-finalize-text">
          <h3 id="confirm-finalize-title">{t('review.confirm-title')}</h3>
          <p id="confirm-finalize-text">{t('review.confirm-text')}</p>
          <div className="form-actions">
            <button type="button" ref={yes} className="button-primary" disabled={busy} onClick={() => void finalize()} data-testid="confirm-finalize">{t('review.confirm-yes')}</button>
            <button type="button" className="button-secondary" disabled={busy} onClick={() => setAsking(false)}>{t('common.cancel')}</button>
          </div>
        </div>
      )}
    </div>
  );
}
