// The department's signing key: its fingerprint to read out when registering (grouped by four, as
// the desk's verifier page shows it), and an export.
import { groupedFingerprint } from '../../src-shared/protocol/verify/fingerprint';
import { useEffect, useState } from 'react';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../ui/use-desk-action';
import { useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';
import { settingsOperator } from './settings-operator';

export function KeyPanel() {
  const t = useT();
  const { busy, run } = useDeskAction();
  const operator = useSession((s) => s.operator);
  const [thumbprint, setThumbprint] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    void run(() => unwrap(deskApi().getPublicKey({}))).then((k) => { if (k) setThumbprint(k.thumbprint); });
  }, [run]);
  const exportKey = async () => {
    const r = await run(() => unwrap(deskApi().exportPublicKey({ operator: operator?.name ?? settingsOperator(useSession.getState()) })));
    if (r) setNotice(r.saved ? t('settings.key-exported') : t('settings.cancelled'));
  };
  return (
    <section className="panel" aria-labelledby="key-title">
      <h2 id="key-title">{t('settings.key')}</h2>
      <dl>
        <div><dt>{t('settings.key-fingerprint')}</dt><dd className="mono" data-testid="thumbprint" data-kid={thumbprint ?? undefined}>{thumbprint ? groupedFingerprint(thumbprint) : '…'}</dd></div>
      </dl>
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void exportKey()} aria-describedby="key-desk-verifier">{t('settings.key-export')}</button>
      <p className="hint" id="key-desk-verifier">{t('settings.key-desk-verifier')}</p>
      <div role="status" aria-live="polite">{notice && <p className="banner banner-ok">{notice}</p>}</div>
    </section>
  );
}
