// Always visible: the app name, navigation, connectivity, the outbox count, the operator and the
// language switch.
import { useSession } from '../state/session-store';
import { useT } from '../i18n/use-t';
import { StatusIndicator } from './status-indicator';
import { LanguageSwitch } from './language-switch';
import { HELP_URL } from '../../src-shared/help-url';

export function Header() {
  const t = useT();
  const route = useSession((s) => s.route);
  const operator = useSession((s) => s.operator);
  const navigate = useSession((s) => s.navigate);
  const setOperator = useSession((s) => s.setOperator);
  const startNewCase = useSession((s) => s.startNewCase);
  const current = (name: string) => (route.name === name ? 'page' : undefined);

  return (
    <header className="app-header">
      <div className="app-header-top">
        <p className="app-title">{t('app.title')}</p>
        <StatusIndicator />
        {/* target=_blank: the shell's window-open guard hands an allowlisted https link to the system browser. */}
        <a className="help-link" href={HELP_URL} target="_blank" rel="noreferrer" data-testid="help-link">{t('flow.help')}</a>
        <LanguageSwitch />
      </div>
      <div className="app-header-bottom">
        <nav aria-label={t('nav.label')}>
          <ul className="nav-list">
            {operator && (
              <>
                <li><a href="#/cases" aria-current={current('cases')} onClick={(e) => { e.preventDefault(); navigate({ name: 'cases' }); }}>{t('nav.cases')}</a></li>
                <li><button type="button" className="nav-button" onClick={startNewCase}>{t('nav.new')}</button></li>
                <li><a href="#/outbox" aria-current={current('outbox')} onClick={(e) => { e.preventDefault(); navigate({ name: 'outbox' }); }}>{t('nav.outbox')}</a></li>
              </>
            )}
            <li><a href="#/settings" aria-current={current('settings')} onClick={(e) => { e.preventDefault(); navigate({ name: 'settings' }); }}>{t('nav.settings')}</a></li>
          </ul>
        </nav>
        {operator && (
          <div className="operator">
            <span>{t('nav.operator', { name: operator.name })}</span>
            <button type="button" className="button-link" onClick={() => { setOperator(null); navigate({ name: 'start' }); }}>{t('nav.switch-operator')}</button>
          </div>
        )}
      </div>
    </header>
  );
}
