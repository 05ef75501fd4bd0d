// The text for the desk's mail form, shown when the clipboard refused it. "Copy again" retries the
// guarded copy (kept out of clipboard history, cleared soon after); the text stays selectable, with
// a note that a copy made by hand is not cleared and may stay in the OS clipboard history.
import { useId } from 'react';
import { useT } from '../i18n/use-t';

export function MailFormText({ text, busy, onRetry }: { text: string; busy: boolean; onRetry: () => void }) {
  const t = useT();
  const id = useId();
  const note = useId();
  return (
    <div className="field mail-form" data-testid="mail-form-text">
      <label htmlFor={id}>{t('review.mail-form-text')}</label>
      <p><button type="button" className="button-primary" disabled={busy} onClick={onRetry}>{t('review.copy-retry')}</button></p>
      <textarea id={id} readOnly rows={12} value={text} aria-describedby={note} onFocus={(e) => e.currentTarget.select()} />
      <p id={note} className="hint">{t('review.copy-by-hand-history')}</p>
    </div>
  );
}
