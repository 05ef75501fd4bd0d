// The fallback text for the desk's mail form, selectable in case the clipboard is unavailable.
import { useT } from '../i18n/use-t';

export function MailFormText({ text }: { text: string }) {
  const t = useT();
  return (
    <div className="field mail-form">
      <label htmlFor="mail-form-text">{t('review.mail-form-text')}</label>
      <textarea id="mail-form-text" readOnly rows={12} value={text} onFocus={(e) => e.currentTarget.select()} />
    </div>
  );
}
