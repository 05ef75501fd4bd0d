// ② Hand the request over through the installation's channel. The core made its outbox item at
// 確定 (awaiting hand-off on the mail form, queued for the endpoint): with the mail form, open the
// form, copy the text and mark it handed over; with an endpoint, it is sent automatically. Done
// once the request is handed over or delivered; its state and how it left are shown either way.
import type { CaseView } from '../../../src-shared/core-api';
import { useT } from '../../i18n/use-t';
import type { Announce } from '../../outbox/use-mail-form';
import { useSession } from '../../state/session-store';
import { ItemHandOff } from './item-hand-off';
import { StepItem } from './step-item';
import { DestinationNotice } from '../../ui/destination-notice';

export function HandOffStep({ view, announce }: { view: CaseView; announce: Announce }) {
  const t = useT();
  const settings = useSession((s) => s.settings);
  const item = useSession((s) => s.outbox.find((i) => i.caseId === view.id && i.kind === 'request'));
  const channel = item?.channel ?? settings?.deliveryChannel ?? 'mail-form';
  const done = item?.state === 'handed-over' || item?.state === 'delivered';
  return (
    <StepItem id="hand-off" title={t(channel === 'mail-form' ? 'next.handoff.mail-form' : 'next.handoff.endpoint')} done={done}>
      {item ? <ItemHandOff item={item} announce={announce} stateTestId="case-outbox-state" /> : <p role="status">{t('app.loading')}</p>}
      {settings && item && !done && <DestinationNotice settings={settings} only={item.channel === 'mail-form' ? 'mailFormUrl' : 'endpointUrl'} />}
    </StepItem>
  );
}
