// "Saved" / "Saving…" / what went wrong, announced politely to screen readers.
import { useLocal, useT } from '../../i18n/use-t';
import type { Autosave } from './use-autosave';

export function SaveStatus({ autosave, locked, closed = false }: { autosave: Autosave; locked: boolean; closed?: boolean }) {
  const t = useT();
  const local = useLocal();
  if (locked) return <p className="save-status" role="status">{t(closed ? 'wizard.locked-closed' : 'wizard.locked')}</p>;
  const text = {
    new: t('wizard.not-created'),
    saved: t('wizard.saved'),
    pending: t('wizard.unsaved'),
    saving: t('wizard.saving'),
    error: t('wizard.save-error'),
    blocked: t('wizard.save-blocked'),
  }[autosave.state];
  return (
    <div className={`save-status save-${autosave.state}`} role="status" data-testid="save-status" data-state={autosave.state}>
      <span>{text}</span>
      {autosave.state === 'error' && autosave.error && <span className="save-detail"> {local(autosave.error.message)}</span>}
      {autosave.state === 'error' && (
        <button type="button" className="button-secondary" onClick={() => void autosave.flush()}>{t('wizard.save-retry')}</button>
      )}
    </div>
  );
}
