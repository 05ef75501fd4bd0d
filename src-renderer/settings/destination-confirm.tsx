// Before a destination other than the desk's own is saved: name each one and ask. Saving goes on
// only with staff's confirmation (the core refuses without it, and audits it).
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/use-t';

export function DestinationConfirm({ labels, onConfirm, onCancel }: { labels: readonly string[]; onConfirm: () => void; onCancel: () => void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="banner banner-warning destination-confirm" role="alertdialog" aria-labelledby="destination-confirm-title" data-testid="destination-confirm">
      <h3 id="destination-confirm-title" ref={heading} tabIndex={-1}>{t('destination.confirm-title')}</h3>
      <p>{t('destination.confirm-lead')}</p>
      <ul>
        {labels.map((label) => <li key={label}><strong className="mono">{t('destination.other', { host: label })}</strong></li>)}
      </ul>
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={onConfirm} data-testid="confirm-destination">{t('destination.confirm')}</button>
        <button type="button" className="button-secondary" onClick={onCancel}>{t('destination.cancel')}</button>
      </div>
    </div>
  );
}
