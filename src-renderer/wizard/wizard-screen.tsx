// Loads the case, then hands it to the form. Keyed by case id in the router, so another case
// starts from a fresh form while step changes keep the same one.
import { useEffect, useState } from 'react';
import type { CaseView } from '../../src-shared/core-api';
import { deskApi, toErrorData, unwrap } from '../api/desk-api';
import { useLocal, useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';
import { WizardForm } from './wizard-form';

export function WizardScreen({ caseId, step }: { caseId: string; step: number }) {
  const t = useT();
  const local = useLocal();
  const [view, setView] = useState<CaseView | null>(null);
  const [failure, setFailure] = useState<ReturnType<typeof toErrorData> | null>(null);

  useEffect(() => {
    let cancelled = false;
    unwrap(deskApi().getCase({ id: caseId })).then(
      (v) => { if (!cancelled) setView(v); },
      (e) => { if (!cancelled) setFailure(toErrorData(e)); },
    );
    return () => { cancelled = true; };
  }, [caseId]);

  if (failure) {
    return (
      <section className="screen">
        <h1>{t('wizard.not-found')}</h1>
        <p role="alert">{local(failure.message)}</p>
        <button type="button" className="button-secondary" onClick={() => useSession.getState().navigate({ name: 'cases' })}>{t('nav.cases')}</button>
      </section>
    );
  }
  if (!view) return <p role="status">{t('app.loading')}</p>;
  return <WizardForm initial={view} step={step} />;
}
