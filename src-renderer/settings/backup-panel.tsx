// Encrypted backup (with a passphrase), restore, and the ledger export. The shell asks where to
// save or what to open; the renderer never touches files.
import { useState } from 'react';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../ui/use-desk-action';
import { PASSPHRASE_LENGTH } from '../../src-shared/limits';
import { useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';

export function BackupPanel() {
  const t = useT();
  const { busy, run } = useDeskAction();
  const operator = useSession((s) => s.operator)?.name ?? 'setup';
  const [passphrase, setPassphrase] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const withPassphrase = async (kind: 'export' | 'restore') => {
    setNotice(null);
    if (passphrase.length < (kind === 'export' ? PASSPHRASE_LENGTH.min : 1)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const api = deskApi();
    if (kind === 'export') {
      const r = await run(() => unwrap(api.exportBackup({ passphrase, operator })));
      if (r) setNotice(r.saved ? t('settings.backup-done') : t('settings.cancelled'));
    } else {
      const r = await run(() => unwrap(api.restoreBackup({ passphrase, operator })));
      if (r) setNotice(r.restored ? t('settings.restore-done') : t('settings.cancelled'));
    }
  };
  const ledger = async () => {
    const r = await run(() => unwrap(deskApi().exportLedger({ operator })));
    if (r) setNotice(r.saved ? t('settings.ledger-done') : t('settings.cancelled'));
  };

  return (
    <section className="panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('settings.backup')}</h2>
      <div className="field field-narrow">
        <label htmlFor="s-passphrase">{t('settings.passphrase')}</label>
        <input id="s-passphrase" type="password" autoComplete="new-password" value={passphrase} aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? 's-passphrase-error' : undefined} onChange={(e) => setPassphrase(e.target.value)} />
        {invalid && <p className="field-error" id="s-passphrase-error">{t('settings.invalid-passphrase')}</p>}
      </div>
      <div className="form-actions">
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void withPassphrase('export')}>{t('settings.backup-export')}</button>
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void withPassphrase('restore')}>{t('settings.backup-restore')}</button>
      </div>
      <h2>{t('settings.ledger')}</h2>
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void ledger()}>{t('settings.ledger-export')}</button>
      <div role="status" aria-live="polite">{notice && <p className="banner banner-ok">{notice}</p>}</div>
    </section>
  );
}
