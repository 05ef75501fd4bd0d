// @vitest-environment jsdom
// The header badge counts everything that still has to leave the counter, not only queued items.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import type { OutboxItem, OutboxState } from '../../../src-shared/core-api';
import { createFakeDesk } from '../support/fake-desk-api';
import { renderApp } from '../support/render-app';

afterEach(cleanup);

const item = (n: number, state: OutboxState): OutboxItem => ({
  id: `sub-${n}`, caseId: `case-${n}`, caseNumber: `ENG-2026-000${n}`, kind: 'request', channel: 'mail-form', amendsSubmissionId: null,
  state, handedOver: null, handOverUndoableUntil: null, attempts: 0, nextAttemptAt: null, lastError: null,
  receiptId: null, receivedAt: null, payloadSha256: 'ab'.repeat(32), queuedAt: '2026-11-01T00:00:00Z', erased: false,
});

describe('header badge', () => {
  it('counts awaiting hand-off, queued, sending and needs-attention items; never handed-over or delivered ones', async () => {
    const desk = createFakeDesk();
    desk.outbox = [item(1, 'awaiting-hand-off'), item(2, 'queued'), item(3, 'sending'), item(4, 'needs-attention'), item(5, 'handed-over'), item(6, 'delivered')];
    renderApp(desk);
    expect(await screen.findByTestId('outbox-count')).toHaveTextContent('未送付 4 件');
    desk.emitOutbox([item(1, 'awaiting-hand-off')]);
    expect(await screen.findByText('未送付 1 件')).toBeInTheDocument();
    desk.emitOutbox([item(1, 'handed-over')]);
    expect(await screen.findByText('未送付 0 件')).toBeInTheDocument();
  });
});
