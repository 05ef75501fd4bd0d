// Re-reads the outbox on request without undoing a newer pushed change (see outboxSeq).
import type { OutboxItem } from '../../src-shared/core-api';
import { useSession } from '../state/session-store';

export async function refreshOutbox(fetch: () => Promise<readonly OutboxItem[] | undefined>): Promise<void> {
  const seq = useSession.getState().outboxSeq;
  const items = await fetch();
  if (items) useSession.getState().applyOutboxSnapshot(items, seq);
}
