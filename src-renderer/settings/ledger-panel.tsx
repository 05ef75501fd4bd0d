// The ledger (台帳): a CSV register of finalized cases for the office's files, without personal
// details. Its own panel, so its result appears under its own heading.
import { deskApi } from '../api/desk-api';
import { useT } from '../i18n/use-t';
import { useSaveAction } from './use-save-action';

export function LedgerPanel() {
  const t = useT();
  const { busy, notice, start } = useSaveAction((operator) => deskApi().exportLedger({ operator }), 'settings.ledger-done');
  return (
    <section className="panel" aria-labelledby="ledger-title">
      <h2 id="ledger-title">{t('settings.ledger')}</h2>
      <p className="hint">{t('settings.ledger-what')}</p>
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void start()}>{t('settings.ledger-export')}</button>
      <div role="status" aria-live="polite" data-testid="ledger-status">{notice && <p className="banner banner-ok">{notice}</p>}</div>
    </section>
  );
}
