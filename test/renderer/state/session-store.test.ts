// The outbox shown is never older than the newest push: a list response that was requested
// before a pushed change (e.g. "delivered") must not put the old state ("sending") back.
import { beforeEach, describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../../src-shared/core-api';
import { getEmptyState, useSession } from '../../../src-renderer/state/session-store';
import { refreshOutbox } from '../../../src-renderer/ui/refresh-outbox';

const item = (state: OutboxItem['state']): OutboxItem => ({
  id: 'sub-1', caseId: 'case-1', caseNumber: 'N-1', kind: 'request', channel: 'endpoint', amendsSubmissionId: null, handedOver: null, handOverUndoableUntil: null, state, attempts: 1, nextAttemptAt: null, lastError: null,
  receiptId: state === 'delivered' ? 'R-1' : null, receivedAt: null, payloadSha256: '0'.repeat(64), queuedAt: '2026-11-01T00:00:00Z', erased: false,
});

beforeEach(() => useSession.setState(getEmptyState()));

describe('outbox state in the session store', () => {
  it('drops a list response when a push arrived while it was on its way', async () => {
    let answer: (items: OutboxItem[]) => void = () => undefined;
    const pending = refreshOutbox(() => new Promise<OutboxItem[]>((resolve) => { answer = resolve; }));
    useSession.getState().setOutbox([item('delivered')]); // pushed while the list request was pending
    answer([item('sending')]);
    await pending;
    expect(useSession.getState().outbox[0]?.state).toBe('delivered');
  });

  it('applies a list response when nothing was pushed meanwhile', async () => {
    await refreshOutbox(async () => [item('queued')]);
    expect(useSession.getState().outbox[0]?.state).toBe('queued');
  });
});
