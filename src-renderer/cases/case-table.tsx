import type { CaseSummary, CaseView } from '../../src-shared/core-api';
import { fieldIssues, isUrgent } from '../../src-shared/domain';
import { loadCase, offerCase } from '../api/case-prefetch';
import { stepIds, stepOfPath } from '../case/wizard/steps';
import { useT } from '../i18n/use-t';
import { formatHash } from '../state/routes';
import { useSession } from '../state/session-store';
import { useDeskAction } from '../ui/use-desk-action';
import { DaysLeft } from '../ui/days-left';
import { formatTime } from '../ui/format-time';
import { HandOffFacts } from '../outbox/hand-off-facts';
import { ErasedBadge } from '../ui/erased-badge';
import { StatusBadge } from '../ui/status-badge';

/** A draft reopens where it stopped: the first step with an unanswered or invalid field. */
function draftStep(c: CaseView): number {
  const steps = fieldIssues(c.input).filter((i) => i.severity === 'error').map((i) => stepIds.indexOf(stepOfPath(i.path)) + 1);
  return steps.length > 0 ? Math.min(...steps) : stepIds.length;
}

/**
 * Opens a case from its row: anything but a draft on its review step; a draft where it stopped,
 * which only its full input tells (the list's rows carry none), so it is read first and handed to
 * the wizard, which then needs no second read.
 */
function useOpenCase(): (c: CaseSummary) => void {
  const navigate = useSession((s) => s.navigate);
  const { run } = useDeskAction();
  return (c) => {
    // An erased case has nothing to continue: its screen shows only what is left.
    if (c.status !== 'draft' || c.purgedAt !== null) {
      navigate({ name: 'case', id: c.id, step: stepIds.length });
      return;
    }
    void run(() => loadCase(c.id)).then((view) => {
      if (!view) return;
      offerCase(view);
      navigate({ name: 'case', id: c.id, step: draftStep(view) });
    });
  };
}

export function CaseTable({ cases }: { cases: readonly CaseSummary[] }) {
  const t = useT();
  const openCase = useOpenCase();
  const outbox = useSession((s) => s.outbox);
  if (cases.length === 0) return <p className="empty">{t('cases.empty')}</p>;
  return (
    <table className="case-table">
      <thead>
        <tr>
          <th scope="col">{t('cases.col.number')}</th>
          <th scope="col">{t('cases.col.name')}</th>
          <th scope="col">{t('cases.col.status')}</th>
          <th scope="col">{t('cases.col.deadline')}</th>
          <th scope="col">{t('cases.col.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((c) => {
          const urgent = isUrgent(c);
          const erased = c.purgedAt !== null;
          const name = erased ? t('cases.erased') : c.name.trim() || t('cases.no-name');
          const href = formatHash({ name: 'case', id: c.id, step: c.status === 'draft' && !erased ? 1 : stepIds.length });
          const request = outbox.find((i) => i.caseId === c.id && i.kind === 'request');
          return (
            <tr key={c.id} className={urgent ? 'row-urgent' : undefined} data-testid="case-row">
              <td data-label={t('cases.col.number')}>{c.caseNumber ?? t('cases.no-number')}</td>
              <td data-label={t('cases.col.name')} className="case-name">
                <a href={href} onClick={(e) => { e.preventDefault(); openCase(c); }}>{name}</a>
              </td>
              <td data-label={t('cases.col.status')}>
                <StatusBadge state={c.status} />
                {erased && <> <ErasedBadge /></>}
                {request && <small className="case-hand-off"><HandOffFacts item={request} /></small>}
              </td>
              <td data-label={t('cases.col.deadline')}>
                {c.deadline ?? '—'} <DaysLeft days={c.daysLeft} />
                {urgent && <strong className="urgent-label"> {t('cases.urgent')}</strong>}
              </td>
              <td data-label={t('cases.col.updated')}>{formatTime(c.updatedAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
