// The warnings that must be acknowledged before 確定 (override reviving an expired case,
// contradictory identity answers), each with its own tick box. The tick is a case field: it is
// autosaved and audited, and the core refuses to finalize without it.
import { acknowledgementKeyOf, type AcknowledgementKey } from '../../../src-shared/domain';
import type { UiKey } from '../../../src-shared/messages/ui';
import { useLocal, useT } from '../../i18n/use-t';
import { CheckboxField } from '../wizard/fields';
import { useWizard } from '../wizard/wizard-context';

/** The label of each acknowledgement's tick box. */
const ackLabelKey = {
  'expiry-override-revives': 'flow.ack.expiry-override-revives',
  'my-number-card-contradiction': 'flow.ack.my-number-card-contradiction',
  'departure-in-future': 'flow.ack.departure-in-future',
} as const satisfies Record<AcknowledgementKey, UiKey>;

export function AcknowledgementList() {
  const t = useT();
  const local = useLocal();
  const { evaluation, view } = useWizard();
  const needed = evaluation.warnings
    .map((w) => ({ warning: w, key: acknowledgementKeyOf(w.code) }))
    .filter((x): x is { warning: typeof x.warning; key: AcknowledgementKey } => x.key !== undefined);
  if (view.status !== 'draft' || needed.length === 0) return null;
  return (
    <fieldset className="banner banner-warning acknowledgements" data-testid="acknowledgements">
      <legend>{t('flow.ack.title')}</legend>
      {needed.map(({ warning, key }) => (
        <div key={key}>
          <p>{local(warning.message)}</p>
          <CheckboxField name={`acknowledgements.${key}`} label={t(ackLabelKey[key])} />
        </div>
      ))}
    </fieldset>
  );
}
