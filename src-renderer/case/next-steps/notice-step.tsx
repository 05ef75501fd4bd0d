// ③ Print the applicant's notice (申請者控え) with the same button as everywhere; done once it
// was printed in this session.
import type { CaseView } from '../../../src-shared/core-api';
import { useT } from '../../i18n/use-t';
import { ApplicantNoticeButton } from '../review/applicant-notice-button';
import { useOutputs, wasOutput } from './outputs-store';
import { StepItem } from './step-item';

export function NoticeStep({ view }: { view: CaseView }) {
  const t = useT();
  const done = useOutputs((s) => wasOutput(s.done[view.id], 'notice'));
  const markDone = useOutputs((s) => s.markDone);
  return (
    <StepItem id="notice" title={t('next.notice')} done={done}>
      <div className="next-step-actions">
        <ApplicantNoticeButton caseId={view.id} onPrinted={() => markDone(view.id, 'notice', view.amendments.length)} />
      </div>
    </StepItem>
  );
}
