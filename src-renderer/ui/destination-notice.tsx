// A persistent notice while personal data goes somewhere other than the desk's own form: each
// confirmed destination other than the built-in ones, by name. On the Settings screen it also lists
// destinations a profile proposed that wait for confirmation (not used until then).
import type { Settings } from '../../src-shared/core-api';
import { isConfirmed, otherDestinations, unconfirmedDestinations, type DestinationField } from '../../src-shared/protocol/mail-form-destination';
import { useT } from '../i18n/use-t';

/** `only`: the destination of one channel (the hand-off step names where this request goes). */
export function DestinationNotice({ settings, withProposals = false, only }: { settings: Settings; withProposals?: boolean; only?: DestinationField }) {
  const t = useT();
  const confirmed = otherDestinations(settings).filter((d) => isConfirmed(settings, d.label) && (only === undefined || d.field === only));
  const proposed = withProposals ? unconfirmedDestinations(settings) : [];
  if (confirmed.length === 0 && proposed.length === 0) return null;
  return (
    <div className="banner banner-warning destination-notice" role="note" data-testid="destination-notice">
      {confirmed.map((d) => <p key={`c-${d.field}`}>{t('destination.other', { host: d.label })}</p>)}
      {proposed.map((d) => <p key={`p-${d.field}`} data-testid="destination-proposed">{t('destination.proposed', { host: d.label })}</p>)}
    </div>
  );
}
