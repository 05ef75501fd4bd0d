// Step 7: everything on one page, the core's verdict (errors that block finalizing, warnings),
// then Finalize (locks), Print record, Send (queues) and Copy for mail form.
import { useCallback, useEffect, useState } from 'react';
import type { Evaluation } from '../../src-shared/core-api';
import { deskApi, toErrorData, unwrap } from '../api/desk-api';
import { useLocal, useT } from '../i18n/use-t';
import { useWizard } from '../wizard/wizard-context';
import { ReviewSummary } from './review-summary';
import { ReviewActions } from './review-actions';
import { AcknowledgementList } from './acknowledgement-list';

export function ReviewStep() {
  const t = useT();
  const local = useLocal();
  const { view, flush } = useWizard();
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    await flush();
    try {
      setEvaluation(await unwrap(deskApi().evaluateCase({ id: view.id })));
      setFailed(null);
    } catch (e) {
      setFailed(local(toErrorData(e).message));
    }
  }, [flush, view.id, local]);

  useEffect(() => { void refresh(); }, [refresh, view.updatedAt]);

  return (
    <div className="step step-review">
      <p className="lead">{t('review.lead')}</p>
      {failed && <p className="banner banner-error" role="alert">{failed}</p>}
      {evaluation && view.status === 'draft' && (
        <div aria-live="polite">
          {evaluation.issues.length > 0 ? (
            <div className="banner banner-stop" data-testid="review-errors">
              <h3>{t('review.errors')}</h3>
              <ul>{evaluation.issues.map((i, n) => <li key={`${i.path}-${i.code}-${n}`}>{local(i.message)}</li>)}</ul>
            </div>
          ) : (
            <p className="banner banner-ok">{t('review.ok')}</p>
          )}
        </div>
      )}
      {evaluation && evaluation.warnings.length > 0 && (
        <div className="banner banner-warning" data-testid="review-warnings">
          <h3>{t('review.warnings')}</h3>
          <ul>{evaluation.warnings.map((i, n) => <li key={`${i.path}-${i.code}-${n}`}>{local(i.message)}</li>)}</ul>
        </div>
      )}
      <AcknowledgementList />
      <ReviewActions canFinalize={evaluation?.ok === true} />
      <ReviewSummary />
    </div>
  );
}
