// The buttons under a profile's list of changes. A profile that names a destination other than the
// desk's own is applied only after staff confirm that destination by name (the core refuses
// otherwise); without one, applying is one click as before.
import { useState } from 'react';
import type { Settings } from '../../src-shared/core-api';
import { destinationsToConfirm } from '../../src-shared/protocol/mail-form-destination';
import { useT } from '../i18n/use-t';
import { DestinationConfirm } from './destination-confirm';

export function ProfileApplyActions(props: {
  settings: Settings; profile: Readonly<Record<string, unknown>>; busy: boolean; onApply: (confirmDestinations: string[]) => void; onCancel: () => void;
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  // The profile's destinations as the core will read them (checked there; here only named).
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const patch = { mailFormUrl: text(props.profile.mailFormUrl), endpointUrl: text(props.profile.endpointUrl) };
  const labels = destinationsToConfirm(props.settings, patch).map((d) => d.label);
  if (asking) return <DestinationConfirm labels={labels} onConfirm={() => props.onApply(labels)} onCancel={props.onCancel} />;
  return (
    <div className="form-actions">
      <button type="button" className="button-primary" disabled={props.busy} onClick={() => (labels.length > 0 ? setAsking(true) : props.onApply([]))}>{t('profile.apply')}</button>
      <button type="button" className="button-secondary" disabled={props.busy} onClick={props.onCancel}>{t('common.cancel')}</button>
    </div>
  );
}
