// Settings → 部局の署名鍵 → 署名鍵の更新: rotate with a reason (recorded in the audit trail); the
// shell then offers to save the new public key for registration with the desk.
import { useState } from 'react';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../ui/use-desk-action';
import { useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';

export function KeyRotationPanel() {
  const t = useT();
  const { busy, run } = useDeskAction();
  const operator = useSession((s) => s.operator)?.name ?? 'setup';
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [notice, setNotice] = useState<string[]>([]);
  const rotate = async () => {
    setNotice([]);
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    const r = await run(() => unwrap(deskApi().rotateKey({ reason, operator })));
    if (!r) return;
    setReason('');
    setNotice([t('data.rotated', { thumbprint: r.thumbprint }), t(r.saved ? 'data.rotated-saved' : 'data.rotated-not-saved')]);
  };
  return (
    <section className="panel" aria-labelledby="rotate-title">
      <h2 id="rotate-title">{t('data.rotate-title')}</h2>
      <p className="hint" id="s-rotate-hint">{t('data.rotate-hint')}</p>
      <div className="field">
        <label htmlFor="s-rotate-reason">{t('data.rotate-reason')}</label>
        <input id="s-rotate-reason" autoComplete="off" value={reason} maxLength={500} aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? 's-rotate-hint s-rotate-reason-error' : 's-rotate-hint'} onChange={(e) => setReason(e.target.value)} />
        {missing && <p className="field-error" id="s-rotate-reason-error">{t('data.rotate-reason-missing')}</p>}
      </div>
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void rotate()}>{t('data.rotate')}</button>
      <div role="status" aria-live="polite">{notice.map((n) => <p key={n} className="banner banner-ok">{n}</p>)}</div>
    </section>
  );
}
