// How an item left the counter, in the words staff read out: the channel, who and when, and the
// desk's own numbers under their own names (受付ID of the endpoint receipt, 受付番号(フォーム自動返信)
// of the mail form). Shown in the outbox, the case list and the review step.
import type { OutboxItem } from '../../src-shared/core-api';
import type { UiKey } from '../../src-shared/messages/ui';
import { formatTime } from '../ui/format-time';
import { useT } from '../i18n/use-t';

/** How each channel is named in "handed over by … via …". */
const channelKey = {
  'mail-form': 'handoff.channel.mail-form',
  endpoint: 'handoff.channel.endpoint',
} as const satisfies Record<OutboxItem['channel'], UiKey>;

export function HandOffFacts({ item }: { item: OutboxItem }) {
  const t = useT();
  if (item.state === 'handed-over' && item.handedOver) {
    const h = item.handedOver;
    return (
      <span className="hand-off-facts" data-testid="hand-off-facts">
        {t('handoff.handed-over', { channel: t(channelKey[item.channel]), by: h.by, time: formatTime(h.at) })}
        {h.reference && <>{' — '}{t('handoff.reference-value', { reference: h.reference })}</>}
      </span>
    );
  }
  if (item.state === 'delivered') {
    return (
      <span className="hand-off-facts" data-testid="hand-off-facts">
        {item.receivedAt && t('handoff.delivered-at', { time: formatTime(item.receivedAt) })}
        {item.receiptId && <>{item.receivedAt ? ' — ' : ''}<span data-testid="receipt">{t('outbox.receipt', { receipt: item.receiptId })}</span></>}
      </span>
    );
  }
  return null;
}
