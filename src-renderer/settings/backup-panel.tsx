// Encrypted backup (with a passphrase typed twice, cleared once the backup is written) and restore
// (the passphrase once). The shell asks where to save or what to open; the renderer never touches
// files. Its result is announced under its own heading; the ledger has its own panel.
import { useState } from 'react';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../ui/use-desk-action';
import { PASSPHRASE_LENGTH } from '../../src-shared/limits';
import { useT } from '../i18n/use-t';
import type { UiKey } from '../../src-shared/messages/ui';
import { useSettingsOperator } from './settings-operator';

type Problem = { field: 'passphrase' | 'confirm'; key: UiKey } | null;

/** Why the typed passphrase cannot be used for `kind`, or null. */
function checkPassphrase(kind: 'export' | 'restore', passphrase: string, confirm: string): Problem {
  if (passphrase.length < (kind === 'export' ? PASSPHRASE_LENGTH.min : 1)) return { field: 'passphrase', key: kind === 'export' ? 'settings.invalid-passphrase' : 'settings.passphrase-missing' };
  if (kind === 'export' && confirm !== passphrase) return { field: 'confirm', key: 'settings.passphrase-mismatch' };
  return null;
}

export function BackupPanel() {
  const t = useT();
  const { busy, run } = useDeskAction();
  const operator = useSettingsOperator();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const withPassphrase = async (kind: 'export' | 'restore') => {
    setNotice(null);
    const found = checkPassphrase(kind, passphrase, confirm);
    setProblem(found);
    if (found) {
      document.getElementById(found.field === 'passphrase' ? 's-passphrase' : 's-passphrase-confirm')?.focus();
      return;
    }
    const api = deskApi();
    const r = kind === 'export'
      ? await run(() => unwrap(api.exportBackup({ passphrase, operator })).then((x) => (x.saved ? 'settings.backup-done' as const : 'settings.cancelled' as const)))
      : await run(() => unwrap(api.restoreBackup({ passphrase, operator })).then((x) => (x.restored ? 'settings.restore-done' as const : 'settings.cancelled' as const)));
    if (!r) return;
    setNotice(t(r));
    // A written backup no longer needs the passphrase on screen.
    if (r !== 'settings.cancelled') {
      setPassphrase('');
      setConfirm('');
    }
  };
  const error = (field: 'passphrase' | 'confirm', id: string) => (problem?.field === field
    ? <p className="field-error" id={id} data-testid={`${id}`}>{t(problem.key)}</p> : null);

  return (
    <section className="panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('settings.backup')}</h2>
      <div className="field field-narrow">
        <label htmlFor="s-passphrase">{t('settings.passphrase')}</label>
        <input id="s-passphrase" type="password" autoComplete="new-password" value={passphrase} aria-invalid={problem?.field === 'passphrase' ? true : undefined}
          aria-describedby={problem?.field === 'passphrase' ? 's-passphrase-error' : undefined} onChange={(e) => setPassphrase(e.target.value)} />
        {error('passphrase', 's-passphrase-error')}
      </div>
      <div className="field field-narrow">
        <label htmlFor="s-passphrase-confirm">{t('settings.passphrase-confirm')}</label>
        <input id="s-passphrase-confirm" type="password" autoComplete="new-password" value={confirm} aria-invalid={problem?.field === 'confirm' ? true : undefined}
          aria-describedby={`s-passphrase-confirm-hint${problem?.field === 'confirm' ? ' s-passphrase-confirm-error' : ''}`} onChange={(e) => setConfirm(e.target.value)} />
        <p className="hint" id="s-passphrase-confirm-hint">{t('settings.passphrase-confirm-hint')}</p>
        {error('confirm', 's-passphrase-confirm-error')}
      </div>
      <div className="form-actions">
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void withPassphrase('export')}>{t('settings.backup-export')}</button>
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void withPassphrase('restore')}>{t('settings.backup-restore')}</button>
      </div>
      <div role="status" aria-live="polite" data-testid="backup-status">{notice && <p className="banner banner-ok">{notice}</p>}</div>
    </section>
  );
}
