// When the identity check genuinely fails, the counter records that it refused, and why: the draft
// is closed as not verified (本人確認できず). Asked inline (no native dialog), with the reason typed
// beside its own error; then the case opens on its review, which offers the record to print.
import { useEffect, useRef, useState } from 'react';
import { closureReasonIssues } from '../../../src-shared/domain';
import { deskApi, toErrorData, unwrap } from '../../api/desk-api';
import { useLocal, useT } from '../../i18n/use-t';
import { useSession } from '../../state/session-store';
import { useWizard } from './wizard-context';

export function CloseNotVerified({ caseId }: { caseId: string }) {
  const t = useT();
  const local = useLocal();
  const { flush, setView, goTo } = useWizard();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => { if (open) field.current?.focus(); }, [open]);

  const close = async () => {
    const operator = useSession.getState().operator;
    if (!operator) return;
    const local1 = closureReasonIssues(reason)[0];
    if (local1) {
      setError(local(local1.message));
      field.current?.focus();
      return;
    }
    setBusy(true);
    try {
      if (!(await flush())) return;
      const closed = await unwrap(deskApi().closeCaseNotVerified({ id: caseId, operator: operator.name, reason }));
      setView(closed);
      setOpen(false);
      await goTo(7);
    } catch (e) {
      const data = toErrorData(e);
      setError(local(data.issues[0]?.message ?? data.message));
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return <button type="button" className="button-danger close-not-verified" onClick={() => setOpen(true)} data-testid="close-not-verified">{t('close.open')}</button>;
  }
  return (
    <div className="banner banner-warning close-form" role="group" aria-labelledby="close-title" data-testid="close-form">
      <h3 id="close-title">{t('close.title')}</h3>
      <p id="close-explain">{t('close.explain')}</p>
      <div className="field">
        <label htmlFor="close-reason">{t('close.reason')}</label>
        <textarea id="close-reason" ref={field} rows={3} value={reason} aria-invalid={error ? true : undefined}
          aria-describedby={`close-reason-hint${error ? ' close-reason-error' : ''}`} onChange={(e) => { setReason(e.target.value); setError(null); }} />
        <p className="hint" id="close-reason-hint">{t('close.reason-hint')}</p>
        {error && <p className="field-error" id="close-reason-error" data-testid="close-reason-error">{error}</p>}
      </div>
      <div className="confirm-actions">
        <button type="button" className="button-danger" disabled={busy} onClick={() => void close()} data-testid="confirm-close">{t('close.confirm')}</button>
        <button type="button" className="button-secondary" disabled={busy} onClick={() => { setOpen(false); setError(null); }}>{t('common.cancel')}</button>
      </div>
    </div>
  );
}
