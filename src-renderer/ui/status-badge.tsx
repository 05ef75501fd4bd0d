// A case status or outbox state as a badge, named by the one status-label table.
import type { CaseStatus, OutboxState } from '../../src-shared/core-api';
import { statusLabel } from '../../src-shared/messages/status-labels';
import { useSession } from '../state/session-store';

export function StatusBadge({ state }: { state: OutboxState | CaseStatus }) {
  const language = useSession((s) => s.language);
  return <span className={`badge badge-${state}`}>{statusLabel(state, language)}</span>;
}
