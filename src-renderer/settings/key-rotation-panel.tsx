// Settings → 部局の署名鍵 → 署名鍵の更新: rotate with a reason chosen from a fixed list (recorded in
// the audit trail, which never holds free text); the shell then offers to save the new public key
// for registration with the desk, and the panel lists what was signed with the old key and is still
// waiting to be handed over (the desk accepts it only within its grace period after the rotation).
import type { WaitingHandOver } from '../../src-shared/core-api';
import { useState } from 'react';
import { KEY_ROTATION_REASONS, type KeyRotationReason } from '../../src-shared/call-arguments';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../ui/use-desk-action';
import { useT } from '../i18n/use-t';
import { useSettingsOperator } from './settings-operator';

const REASON_LABELS = {
  scheduled: 'data.rotate-reason-scheduled',
  'staff-change': 'data.rotate-reason-staff-change',
  'suspected-leak': 'data.rotate-reason-suspected-leak',
  'pc-replaced': 'data.rotate-reason-pc-replaced',
  other: 'data.rotate-reason-other',
} as const satisfies Record<KeyRotationReason, string>;

const isReason = (value: string): value is KeyRotationReason => (KEY_ROTATION_REASONS as readonly string[]).includes(value);

export function KeyRotationPanel() {
  const t = useT();
  const { busy, run } = useDeskAction();
  const operator = useSettingsOperator();
  const [reason, setReason] = useState<KeyRotationReason | ''>('');
  const [missing, setMissing] = useState(false);
  const [notice, setNotice] = useState<string[]>([]);
  const [waiting, setWaiting] = useState<{ items: readonly WaitingHandOver[]; leaked: boolean } | null>(null);
  const rotate = async () => {
    setNotice([]);
    setWaiting(null);
    if (reason === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    const r = await run(() => unwrap(deskApi().rotateKey({ reason, operator })));
    if (!r) return;
    setReason('');
    setNotice([t('data.rotated', { thumbprint: r.thumbprint }), t(r.saved ? 'data.rotated-saved' : 'data.rotated-not-saved')]);
    setWaiting({ items: r.stillWaiting, leaked: reason === 'suspected-leak' });
  };
  return (
    <section className="panel" aria-labelledby="rotate-title">
      <h2 id="rotate-title">{t('data.rotate-title')}</h2>
      <p className="hint" id="s-rotate-hint">{t('data.rotate-hint')}</p>
      <div className="field">
        <label htmlFor="s-rotate-reason">{t('data.rotate-reason')}</label>
        <select id="s-rotate-reason" value={reason} aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? 's-rotate-hint s-rotate-reason-error' : 's-rotate-hint'}
          onChange={(e) => setReason(isReason(e.target.value) ? e.target.value : '')}>
          <option value="">{t('data.rotate-reason-choose')}</option>
          {KEY_ROTATION_REASONS.map((r) => <option key={r} value={r}>{t(REASON_LABELS[r])}</option>)}
        </select>
        {missing && <p className="field-error" id="s-rotate-reason-error">{t('data.rotate-reason-missing')}</p>}
      </div>
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void rotate()}>{t('data.rotate')}</button>
      <div role="status" aria-live="polite">
        {notice.map((n) => <p key={n} className="banner banner-ok">{n}</p>)}
        {waiting !== null && <StillWaiting items={waiting.items} leaked={waiting.leaked} />}
      </div>
    </section>
  );
}

/** A key replaced for a suspected leak is exported as revoked: the desk refuses what arrives under it from now on. */
function StillWaiting({ items, leaked }: { readonly items: readonly WaitingHandOver[]; readonly leaked: boolean }) {
  const t = useT();
  if (items.length === 0) return <p data-testid="rotate-waiting">{t('data.rotated-none-waiting')}</p>;
  return (
    <div className="banner banner-warning" data-testid="rotate-waiting">
      <p>{t(leaked ? 'data.rotated-waiting-revoked' : 'data.rotated-waiting', { count: String(items.length) })}</p>
      <ul>{items.map((i) => <li key={`${i.kind}-${i.caseNumber}`}>{t(i.kind === 'request' ? 'data.waiting-request' : 'data.waiting-amendment', { caseNumber: i.caseNumber })}</li>)}</ul>
    </div>
  );
}
