// The review step of a finalized (or later) case: the amendment history and the form that appends
// a correction. Once the signed request is queued or delivered, a correction does not change it:
// staff are told to inform the support desk.
import { isAmendable, type CaseStatus } from '../../../src-shared/domain';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../state/session-store';
import { useWizard } from '../wizard/wizard-context';
import { AmendForm } from './amend-form';
import { AmendmentHistory } from './amendment-history';

const requestExists: readonly CaseStatus[] = ['awaiting-hand-off', 'handed-over', 'queued', 'sending', 'delivered', 'needs-attention'];

export function AmendSection() {
  const t = useT();
  const operator = useSession((s) => s.operator);
  const { view } = useWizard();
  if (!isAmendable(view.status)) return null;
  return (
    <div className="amend-area" data-testid="amend-area">
      <AmendmentHistory amendments={view.amendments} />
      <section className="amend-section" aria-labelledby="amend-title">
        <h3 id="amend-title">{t('amend.title')}</h3>
        {requestExists.includes(view.status) && <p className="banner banner-info" data-testid="amend-sent-note">{t('amend.sent-note')}</p>}
        {operator && (
          <>
            <p className="lead">{t('amend.lead', { name: operator.name })}</p>
            <AmendForm operator={operator.name} />
          </>
        )}
      </section>
    </div>
  );
}
