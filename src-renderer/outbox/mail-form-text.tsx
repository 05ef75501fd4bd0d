// The fallback text for the desk's mail form, selectable in case the clipboard is unavailable.
import { useId } from 'react';
import { useT } from '../i18n/use-t';

export function MailFormText({ text }: { text: string }) {
  const t = useT();
  const id = useId();
  return (
    <div className="field mail-form">
      <label htmlFor={id}>{t('review.mail-form-text')}</label>
      <textarea id={id} readOnly rows={12} value={text} onFocus={(e) => e.currentTarget.select()} />
    </div>
  );
}
