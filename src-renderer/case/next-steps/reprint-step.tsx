// ⑤ After a correction, what was printed before it (the record, the applicant's notice) shows the
// old value: print both again. Shown once the case has corrections; done when both were output
// in this session after the last one (an earlier session's prints are not known here, so the step
// stays until they are reprinted).
import type { CaseView } from '../../../src-shared/core-api';
import { useT } from '../../i18n/use-t';
import type { Announce } from '../../outbox/use-mail-form';
import { ApplicantNoticeButton } from '../review/applicant-notice-button';
import { isCurrent, useOutputs } from './outputs-store';
import { RecordButtons } from './print-step';
import { StepItem } from './step-item';

export function ReprintStep({ view, announce }: { view: CaseView; announce: Announce }) {
  const t = useT();
  const corrections = view.amendments.length;
  const outputs = useOutputs((s) => s.done[view.id]);
  const markDone = useOutputs((s) => s.markDone);
  if (corrections === 0) return null;
  const record = isCurrent(outputs, 'record', corrections);
  const notice = isCurrent(outputs, 'notice', corrections);
  return (
    <StepItem id="reprint" title={t('next.reprint')} done={record && notice}>
      {!(record && notice) && <p className="hint">{t('next.reprint-lead')}</p>}
      <div className="next-step-actions">
        <RecordButtons view={view} announce={announce} primary={!record} />
        <ApplicantNoticeButton caseId={view.id} onPrinted={() => markDone(view.id, 'notice', corrections)} />
      </div>
    </StepItem>
  );
}
