// A case closed as not verified: what was recorded (when, by whom, why), that nothing goes to the
// support desk, and the record to print for the office file.
import type { CaseView } from '../../../src-shared/core-api';
import { deskApi } from '../../api/desk-api';
import { PrintButton } from '../../ui/print-button';
import { formatTime } from '../../ui/format-time';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../state/session-store';

export function ClosedPanel({ view }: { view: CaseView }) {
  const t = useT();
  const operator = useSession((s) => s.operator);
  const closure = view.closure;
  if (!closure) return null;
  return (
    <section className="banner banner-stop closed-panel" aria-labelledby="closed-title" data-testid="closed-panel">
      <h3 id="closed-title">{t('close.banner-title')}</h3>
      <p data-testid="closed-summary">{t('close.done', { number: view.caseNumber ?? '' })}</p>
      <dl>
        <div><dt>{t('close.reason')}</dt><dd className="pre-wrap" data-testid="closed-reason">{closure.reason}</dd></div>
        <div><dt>{t('close.recorded')}</dt><dd>{t('close.closed-at', { at: formatTime(closure.at), by: closure.by })}</dd></div>
      </dl>
      <PrintButton label="close.print" printed="close.printed" testId="print-closure-record"
        print={operator ? () => deskApi().printRecord({ caseId: view.id, operator: operator.name }) : null} />
    </section>
  );
}
