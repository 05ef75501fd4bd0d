// A case whose personal data retention erased: what is left (case number, status, when it was
// erased), and no form. The core refuses every write on it; this screen offers none.
import type { CaseView } from '../../src-shared/core-api';
import { useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';
import { ErasedBadge } from '../ui/erased-badge';
import { formatTime } from '../ui/format-time';
import { StatusBadge } from '../ui/status-badge';

export function ErasedCase({ view }: { view: CaseView }) {
  const t = useT();
  return (
    <section className="screen erased-case" aria-labelledby="erased-case-title" data-testid="erased-case">
      <h1 id="erased-case-title">{view.caseNumber ?? t('cases.no-number')}</h1>
      <p><StatusBadge state={view.status} /> <ErasedBadge /></p>
      <p>{t('wizard.erased-lead', { date: formatTime(view.purgedAt) })}</p>
      <button type="button" className="button-secondary" onClick={() => useSession.getState().navigate({ name: 'cases' })}>{t('nav.cases')}</button>
    </section>
  );
}
