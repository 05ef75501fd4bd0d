// Step 7: everything on one page, the core's verdict (errors that block finalizing, warnings),
// the summary and after it 確定 (asked first). A finalized case opens with "次にすること".
import { useCallback, useEffect, useState } from 'react';
import type { Evaluation } from '../../../src-shared/core-api';
import { deskApi, toErrorData, unwrap } from '../../api/desk-api';
import { useLocal, useT } from '../../i18n/use-t';
import { useWizard } from '../wizard/wizard-context';
import { ReviewSummary } from './review-summary';
import { ReviewActions } from './review-actions';
import { AcknowledgementList } from './acknowledgement-list';
import { NextStepsPanel } from '../next-steps/next-steps-panel';
import { ActionBar } from '../../ui/action-bar';
import { ClosedPanel } from './closed-panel';
import { StopBanner } from '../wizard/stop-banner';

export function ReviewStep() {
  const t = useT();
  const local = useLocal();
  const { view, flush, goTo } = useWizard();
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [justFinalized, setJustFinalized] = useState(false);

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
      {/* A locked case says so (with its number), not how to finalize it. */}
      <p className="lead" data-testid="review-lead">
        {view.status === 'draft' ? t('review.lead') : view.status === 'closed-not-verified' ? t('wizard.locked-closed') : t('review.locked', { number: view.caseNumber ?? '' })}
      </p>
      <div className="review-notices" role="status" aria-live="polite">
        {notice && <p className="banner banner-ok" data-testid="review-notice">{notice}</p>}
      </div>
      {view.status === 'closed-not-verified' && <ClosedPanel view={view} />}
      {view.status !== 'draft' && view.status !== 'discarded' && view.status !== 'closed-not-verified' && <NextStepsPanel view={view} announce={setNotice} focus={justFinalized} />}
      {failed && <p className="banner banner-error" role="alert">{failed}</p>}
      {/* A stop leads: the case cannot go on, and the applicant must hear where they can go. */}
      {view.status === 'draft' && <StopBanner />}
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
      <ReviewSummary />
      <AcknowledgementList />
      {/* 戻る goes to step 6. The primary action (確定する, then はい、確定する) sits in the sticky bar: always in view. */}
      <ActionBar>
        <button type="button" className="button-secondary" onClick={() => void goTo(6)}>{t('wizard.back')}</button>
        <ReviewActions canFinalize={evaluation?.ok === true} onFinalized={(done) => {
          setNotice(t('review.finalized', { number: done.caseNumber ?? '' }));
          setJustFinalized(true);
        }} />
      </ActionBar>
    </div>
  );
}
