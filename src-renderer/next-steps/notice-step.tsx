// ③ Print the applicant's notice (申請者控え). The bridge method comes with the notice PDF
// (printApplicantNotice); until the running core offers it, the step says so instead of failing.
import type { CaseView, Result } from '../../src-shared/core-api';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../app/use-desk-action';
import { useT } from '../i18n/use-t';
import type { Announce } from '../outbox/use-mail-form';
import { useSession } from '../state/session-store';
import { useOutputs } from './outputs-store';
import { StepItem } from './step-item';

type PrintNotice = (request: { caseId: string; operator: string }) => Promise<Result<{ printed: boolean }>>;

function noticePrinter(): PrintNotice | null {
  const api = deskApi() as unknown as { printApplicantNotice?: PrintNotice };
  return typeof api.printApplicantNotice === 'function' ? api.printApplicantNotice.bind(api) : null;
}

export function NoticeStep({ view, announce }: { view: CaseView; announce: Announce }) {
  const t = useT();
  const operator = useSession((s) => s.operator);
  const done = useOutputs((s) => (s.done[view.id] ?? []).includes('notice'));
  const markDone = useOutputs((s) => s.markDone);
  const { busy, run } = useDeskAction();
  const print = noticePrinter();
  const printNotice = async () => {
    if (!operator || !print) return;
    const result = await run(() => unwrap(print({ caseId: view.id, operator: operator.name })));
    if (!result) return;
    if (result.printed) markDone(view.id, 'notice');
    announce(result.printed ? t('next.notice-printed') : t('settings.cancelled'));
  };
  return (
    <StepItem id="notice" title={t('next.notice')} done={done}>
      {print ? (
        <div className="next-step-actions">
          <button type="button" className={done ? 'button-secondary' : 'button-primary'} disabled={busy} onClick={() => void printNotice()}>{t('next.notice-print')}</button>
        </div>
      ) : <p className="hint">{t('next.notice-unavailable')}</p>}
    </StepItem>
  );
}
