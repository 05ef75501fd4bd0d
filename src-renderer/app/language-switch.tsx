// ja ⇄ en. Only view state changes, so whatever is being typed stays in its form. The choice is
// also saved as this PC's default when an operator is known (settings changes are audited).
import { deskApi, unwrap } from '../api/desk-api';
import { useSession } from '../state/session-store';
import { useT } from '../i18n/use-t';

export function LanguageSwitch() {
  const t = useT();
  const language = useSession((s) => s.language);
  const toggle = () => {
    const next = language === 'ja' ? 'en' : 'ja';
    const { setLanguage, operator, setSettings } = useSession.getState();
    setLanguage(next);
    if (operator) {
      void unwrap(deskApi().updateSettings({ patch: { language: next }, operator: operator.name }))
        .then(setSettings)
        .catch(() => undefined); // the switch itself already happened; saving the default is best effort
    }
  };
  return (
    <button type="button" className="button-secondary lang-switch" lang={language === 'ja' ? 'en' : 'ja'} onClick={toggle}>
      {t('lang.switch')}
    </button>
  );
}
