// Online/offline and how many items still have to leave the counter (awaiting hand-off through the
// mail form, queued, sending or needing attention), and how many of them need attention.
import { useSession } from '../state/session-store';
import { useT } from '../i18n/use-t';
import { stillToLeave } from '../outbox/still-to-leave';

export function StatusIndicator() {
  const t = useT();
  const online = useSession((s) => s.online);
  const outbox = useSession((s) => s.outbox);
  const navigate = useSession((s) => s.navigate);
  const waiting = outbox.filter(stillToLeave).length;
  const attention = outbox.filter((i) => i.state === 'needs-attention' && !i.erased).length;
  // Online, but the last attempt of a waiting request failed: the desk itself is out of reach.
  const deskDown = online && outbox.some((i) => (i.state === 'queued' || i.state === 'sending') && i.lastError !== null);
  const label = !online ? t('status.offline') : deskDown ? t('status.desk-unreachable') : t('status.online');
  return (
    <div className="status" role="status" aria-live="polite" data-testid="status">
      <span className={online && !deskDown ? 'status-dot status-online' : 'status-dot status-offline'} aria-hidden="true" />
      <span data-testid="network">{label}</span>
      <a href="#/outbox" className="status-outbox" data-testid="outbox-count" onClick={(e) => { e.preventDefault(); navigate({ name: 'outbox' }); }}>
        {t('status.outbox', { count: waiting })}
      </a>
      {attention > 0 && <span className="status-attention">{t('status.attention', { count: attention })}</span>}
    </div>
  );
}
