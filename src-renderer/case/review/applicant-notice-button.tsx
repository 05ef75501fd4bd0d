// "申請者控えを印刷": the one-page notice for the former student to take home, for a
// finalized (or later) case. The next-steps panel calls the same desk method.
import { deskApi } from '../../api/desk-api';
import { PrintButton } from '../../ui/print-button';
import { useSession } from '../../state/session-store';

export function ApplicantNoticeButton({ caseId, onPrinted }: { caseId: string; onPrinted?: () => void }) {
  const operator = useSession((s) => s.operator);
  const print = operator ? () => deskApi().printApplicantNotice({ caseId, operator: operator.name }) : null;
  return <PrintButton label="records.print-notice" printed="records.notice-printed" print={print} testId="print-applicant-notice" {...(onPrinted ? { onPrinted } : {})} />;
}
