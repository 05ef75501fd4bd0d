// Loads the case, then hands it to the form. Keyed in the router, so another case starts from a
// fresh form while step changes keep the same one. Without a case id (新しい案件) the form starts
// empty and nothing exists in the core until something is typed; the case that typing creates is
// then shown by this same form, not loaded again. A case whose personal data was erased gets no
// form: only what is left of it (ErasedCase).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseView } from '../../../src-shared/core-api';
import { loadCase } from '../../api/case-prefetch';
import { toErrorData } from '../../api/desk-api';
import { useLocal, useT } from '../../i18n/use-t';
import { useSession } from '../../state/session-store';
import { ErasedCase } from '../erased-case';
import { WizardForm } from './wizard-form';

/** What the form shows before the first typed value creates the case. */
export function unsavedCase(): CaseView {
  return {
    id: '', status: 'draft', caseNumber: null, submissionId: null, input: {}, createdAt: '', updatedAt: '',
    finalizedAt: null, finalizedBy: null, finalizedUnder: null, amendments: [], accountExpiry: null, deadline: null, daysLeft: null, purgedAt: null,
  };
}

export function WizardScreen({ caseId, step, newCaseSeq }: { caseId: string | null; step: number; newCaseSeq: number }) {
  const t = useT();
  const local = useLocal();
  const [view, setView] = useState<CaseView | null>(() => (caseId === null ? unsavedCase() : null));
  const [failure, setFailure] = useState<ReturnType<typeof toErrorData> | null>(null);
  const created = useRef<string | null>(null);

  useEffect(() => {
    if (caseId === null || caseId === created.current) return undefined;
    let cancelled = false;
    loadCase(caseId).then(
      (v) => { if (!cancelled) setView(v); },
      (e) => { if (!cancelled) setFailure(toErrorData(e)); },
    );
    return () => { cancelled = true; };
  }, [caseId]);

  const onCreated = useCallback((id: string) => {
    created.current = id;
    useSession.getState().adoptNewCase(newCaseSeq, id);
  }, [newCaseSeq]);

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
  if (view.purgedAt !== null) return <ErasedCase view={view} />;
  return <WizardForm initial={view} step={step} onCreated={onCreated} />;
}
