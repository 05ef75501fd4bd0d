// What can be done with the case now, by status: finalize a draft; print or save the record;
// send (queue) a finalized case; copy the mail-form text once it is queued.
import { useEffect, useRef, useState } from 'react';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../app/use-desk-action';
import { useLocal, useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';
import { useWizard } from '../wizard/wizard-context';
import { ApplicantNoticeButton } from './applicant-notice-button';
import { MailFormText } from './mail-form-text';
import { refreshOutbox } from '../app/refresh-outbox';

export function ReviewActions({ canFinalize }: { canFinalize: boolean }) {
  const t = useT();
  const local = useLocal();
  const { view, setView, flush } = useWizard();
  const operator = useSession((s) => s.operator);
  const outbox = useSession((s) => s.outbox);
  const { busy, run } = useDeskAction();
  const [notice, setNotice] = useState<string | null>(null);
  const [mailText, setMailText] = useState<string | null>(null);
  // The button just pressed disappears (Finalize → Send → gone): keep keyboard focus on the next action.
  const nextAction = useRef<HTMLButtonElement>(null);
  const [moveFocus, setMoveFocus] = useState(false);
  useEffect(() => {
    if (moveFocus) {
      nextAction.current?.focus();
      setMoveFocus(false);
    }
  }, [moveFocus, view.status]);
  if (!operator) return null;
  const item = outbox.find((i) => i.caseId === view.id);
  const status = view.status;
  const queuedOrLater = status === 'queued' || status === 'sending' || status === 'delivered' || status === 'needs-attention';

  const finalize = async () => {
    if (!(await flush())) return;
    const done = await run(() => unwrap(deskApi().finalizeCase({ id: view.id, operator: operator.name })));
    if (done) {
      setView(done);
      setNotice(t('review.finalized', { number: done.caseNumber ?? '' }));
      setMoveFocus(true);
    }
  };
  const output = async (kind: 'print' | 'pdf') => {
    const api = deskApi();
    const request = { caseId: view.id, operator: operator.name };
    const done = kind === 'print'
      ? (await run(() => unwrap(api.printRecord(request))))?.printed
      : (await run(() => unwrap(api.saveRecordPdf(request))))?.saved;
    if (done) setNotice(t('review.printed'));
  };
  const send = async () => {
    const queued = await run(() => unwrap(deskApi().sendCase({ caseId: view.id, operator: operator.name })));
    if (!queued) return;
    setNotice(t('review.sent'));
    const [fresh] = await Promise.all([
      run(() => unwrap(deskApi().getCase({ id: view.id }))),
      refreshOutbox(() => run(() => unwrap(deskApi().listOutbox({})))),
    ]);
    if (fresh) setView(fresh);
    setMoveFocus(true);
  };
  const copyMailForm = async () => {
    const text = await run(() => unwrap(deskApi().getMailFormText({ id: item?.id ?? view.submissionId ?? view.id })));
    if (text === undefined) return;
    setMailText(text);
    try {
      await navigator.clipboard.writeText(text);
      setNotice(t('review.copied'));
    } catch {
      setNotice(t('review.copy-failed'));
    }
  };

  return (
    <div className="review-actions">
      {status === 'draft' && (
        <button type="button" className="button-primary" disabled={busy || !canFinalize} onClick={() => void finalize()} data-testid="finalize">
          {t('review.finalize')}
        </button>
      )}
      {status !== 'draft' && status !== 'discarded' && (
        <>
          <button type="button" className="button-secondary" disabled={busy} onClick={() => void output('print')}>{t('review.print')}</button>
          <button type="button" className="button-secondary" disabled={busy} onClick={() => void output('pdf')}>{t('review.save-pdf')}</button>
        </>
      )}
      {status === 'finalized' && (
        <button type="button" ref={nextAction} className="button-primary" disabled={busy} onClick={() => void send()} data-testid="send">{t('review.send')}</button>
      )}
      {queuedOrLater && (
        <button type="button" ref={nextAction} className="button-secondary" disabled={busy} onClick={() => void copyMailForm()}>{t('review.mail-form')}</button>
      )}
      {/* Last in the row: its result appears to its right, so no other button moves. */}
      {status !== 'draft' && status !== 'discarded' && <ApplicantNoticeButton caseId={view.id} />}
      <div className="review-notices" role="status" aria-live="polite">
        {notice && !(notice === t('review.sent') && item?.state === 'delivered') && <p className="banner banner-ok" data-testid="review-notice">{notice}</p>}
        {item && (
          <p className="outbox-state" data-testid="case-outbox-state" data-state={item.state}>
            {t(`outbox.state.${item.state}`)}
            {item.receiptId && ` — ${t('outbox.receipt', { receipt: item.receiptId })}`}
            {item.lastError && ` — ${local(item.lastError.message)}`}
          </p>
        )}
      </div>
      {mailText !== null && <MailFormText text={mailText} />}
    </div>
  );
}
