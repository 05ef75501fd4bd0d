// Marks a case (or its outbox item) whose personal data retention erased: read-only from then on.
import { useT } from '../i18n/use-t';

export function ErasedBadge() {
  const t = useT();
  return <span className="badge badge-erased" data-testid="erased">{t('cases.erased')}</span>;
}
