// The ledger (台帳): a CSV register of finalized cases for the office's files, without personal
// details. Its own panel, so its result appears under its own heading.
import { useState } from 'react';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../ui/use-desk-action';
import { useT } from '../i18n/use-t';
import { useSettingsOperator } from './settings-operator';

export function LedgerPanel() {
  const t = useT();
  const { busy, run } = useDeskAction();
  const operator = useSettingsOperator();
  const [notice, setNotice] = useState<string | null>(null);
  const ledger = async () => {
    setNotice(null);
    const r = await run(() => unwrap(deskApi().exportLedger({ operator })));
    if (r) setNotice(r.saved ? t('settings.ledger-done') : t('settings.cancelled'));
  };
  return (
    <section className="panel" aria-labelledby="ledger-title">
      <h2 id="ledger-title">{t('settings.ledger')}</h2>
      <p className="hint">{t('settings.ledger-what')}</p>
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void ledger()}>{t('settings.ledger-export')}</button>
      <div role="status" aria-live="polite" data-testid="ledger-status">{notice && <p className="banner banner-ok">{notice}</p>}</div>
    </section>
  );
}
