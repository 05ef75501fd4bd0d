// ① Print the verification record (or save it as PDF) and have it signed. The buttons are also
// those of ⑤, the reprint after a correction.
import type { CaseView } from '../../../src-shared/core-api';
import { deskApi, unwrap } from '../../api/desk-api';
import { useDeskAction } from '../../ui/use-desk-action';
import { useT } from '../../i18n/use-t';
import type { Announce } from '../../outbox/use-mail-form';
import { useSession } from '../../state/session-store';
import { useOutputs, wasOutput } from './outputs-store';
import { StepItem } from './step-item';

/** 確認記録を印刷 / PDFで保存: each output is noted with the case's number of corrections. */
export function RecordButtons({ view, announce, primary }: { view: CaseView; announce: Announce; primary: boolean }) {
  const t = useT();
  const operator = useSession((s) => s.operator);
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
    if (produced) markDone(view.id, 'record', view.amendments.length);
    announce(produced ? t('review.printed') : t('settings.cancelled'));
  };
  return (
    <>
      <button type="button" className={primary ? 'button-primary' : 'button-secondary'} disabled={busy} onClick={() => void output('print')}>{t('review.print')}</button>
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void output('pdf')}>{t('review.save-pdf')}</button>
    </>
  );
}

export function PrintStep({ view, announce }: { view: CaseView; announce: Announce }) {
  const t = useT();
  const done = useOutputs((s) => wasOutput(s.done[view.id], 'record'));
  return (
    <StepItem id="print" title={t('next.print')} done={done}>
      <div className="next-step-actions">
        <RecordButtons view={view} announce={announce} primary={!done} />
      </div>
    </StepItem>
  );
}
