// Step 1: the earlier requests on this PC for the same account, each named (case number, date,
// services, state), and what that means for this case. This PC knows its own cases only: the
// panel says so (the desk holds the requests taken on the department's other PCs).
import type { EarlierRequest } from '../../../../src-shared/core-api';
import { serviceById, servicesTaken, serviceIds, tokyoDate } from '../../../../src-shared/domain';
import { useLocal, useStatusLabel, useT } from '../../../i18n/use-t';

export function EarlierRequestsPanel({ earlier }: { earlier: readonly EarlierRequest[] }) {
  const t = useT();
  const local = useLocal();
  const statusName = useStatusLabel();
  if (earlier.length === 0) return null;
  const names = (ids: readonly (typeof serviceIds)[number][]) => ids.map((s) => local(serviceById(s).name)).join(' / ');
  const allUsed = servicesTaken(earlier).length === serviceIds.length;
  return (
    <div className={`banner ${allUsed ? 'banner-stop' : 'banner-warning'}`} role="status" data-testid="earlier-requests">
      <h3>{t('flow.earlier.title')}</h3>
      <ul>
        {earlier.map((e) => (
          <li key={e.caseId}>
            {t('flow.earlier.item', {
              caseNumber: e.caseNumber ?? '—',
              date: e.finalizedAt ? tokyoDate(new Date(e.finalizedAt)) : '—',
              services: names(e.services),
              status: statusName(e.status),
            })}
            <br />
            {t('flow.earlier.used', { services: names(e.services) })}
          </li>
        ))}
      </ul>
      {allUsed && <p><strong>{t('flow.earlier.all-used')}</strong></p>}
      <p className="hint" data-testid="earlier-this-pc-only">{t('flow.earlier.this-pc-only')}</p>
    </div>
  );
}
