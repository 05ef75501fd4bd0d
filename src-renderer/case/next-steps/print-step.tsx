// ① Print the verification record (or save it as PDF) and have it signed.
import type { CaseView } from '../../../src-shared/core-api';
import { deskApi, unwrap } from '../../api/desk-api';
import { useDeskAction } from '../../ui/use-desk-action';
import { useT } from '../../i18n/use-t';
import type { Announce } from '../../outbox/use-mail-form';
import { useSession } from '../../state/session-store';
import { useOutputs } from './outputs-store';
import { StepItem } from './step-item';

export function PrintStep({ view, announce }: { view: CaseView; announce: Announce }) {
  const t = useT();
  const operator = useSession((s) => s.operator);
  const done = useOutputs((s) => (s.done[view.id] ?? []).includes('record'));
  const markDone = useOutputs((s) => s.markDone);
  const { busy, run } = useDeskAction();
  const output = async (kind: 'print' | 'pdf') => {
    if (!operator) return;
    const api = deskApi();
    const request = { caseId: view.id, operator: operator.name };
    const produced = kind === 'print'
      ? (await run(() => unwrap(api.printRecord(request))))?.printed
      : (await run(() => unwrap(api.saveRecordPdf(request))))?.saved;
    if (produced === undefined) return;
    if (produced) markDone(view.id, 'record');
    announce(produced ? t('review.printed') : t('settings.cancelled'));
  };
  return (
    <StepItem id="print" title={t('next.print')} done={done}>
      <div className="next-step-actions">
        <button type="button" className={done ? 'button-secondary' : 'button-primary'} disabled={busy} onClick={() => void output('print')}>{t('review.print')}</button>
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void output('pdf')}>{t('review.save-pdf')}</button>
      </div>
    </StepItem>
  );
}
