// The last error from the core, in the user's language, with every issue it listed.
import { useSession } from '../state/session-store';
import { useLocal, useT } from '../i18n/use-t';

export function ErrorBanner() {
  const t = useT();
  const local = useLocal();
  const error = useSession((s) => s.error);
  const showError = useSession((s) => s.showError);
  if (!error) return null;
  return (
    <div className="banner banner-error" role="alert">
      <p>{t('error.core', { message: local(error.message) })}</p>
      {error.issues.length > 0 && (
        <ul>
          {error.issues.map((issue, i) => <li key={`${issue.path}-${issue.code}-${i}`}>{local(issue.message)}</li>)}
        </ul>
      )}
      <button type="button" className="button-secondary" onClick={() => showError(null)}>{t('error.dismiss')}</button>
    </div>
  );
}
