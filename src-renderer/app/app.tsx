// The app shell: header with navigation and status, the audit and error banners, and the current screen.
import { useEffect, useState } from 'react';
import { useSession } from '../state/session-store';
import { useT } from '../i18n/use-t';
import { connect, waitForDeskApi } from './connect';
import { Header } from './header';
import { ErrorBanner } from '../ui/error-banner';
import { AuditBanner } from './audit-banner';
import { Screen } from './screen';

type Phase = 'loading' | 'ready' | 'no-api';

export function App() {
  const t = useT();
  const language = useSession((s) => s.language);
  const [phase, setPhase] = useState<Phase>('loading');

  useEffect(() => {
    let disconnect: (() => void) | undefined;
    let cancelled = false;
    void (async () => {
      if (!(await waitForDeskApi())) {
        if (!cancelled) setPhase('no-api');
        return;
      }
      const off = await connect();
      if (cancelled) off();
      else {
        disconnect = off;
        setPhase('ready');
      }
    })();
    const onPop = () => useSession.getState().syncRouteFromLocation();
    globalThis.addEventListener('popstate', onPop);
    globalThis.addEventListener('hashchange', onPop);
    return () => {
      cancelled = true;
      disconnect?.();
      globalThis.removeEventListener('popstate', onPop);
      globalThis.removeEventListener('hashchange', onPop);
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);

  return (
    <>
      <a className="skip-link" href="#main">{t('app.skip')}</a>
      <Header />
      <main id="main" tabIndex={-1}>
        {phase === 'ready' && <AuditBanner />}
        <ErrorBanner />
        {phase === 'loading' && <p role="status">{t('app.loading')}</p>}
        {phase === 'no-api' && <p role="alert">{t('app.no-api')}</p>}
        {phase === 'ready' && <Screen />}
      </main>
    </>
  );
}
