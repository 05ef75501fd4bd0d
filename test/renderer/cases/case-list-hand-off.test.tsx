// @vitest-environment jsdom
// The case list shows how a case left the counter (status label, channel, time, the desk's
// auto-reply number) and its filters include the mail-form states.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseView, OutboxItem } from '../../../src-shared/core-api';
import { createFakeDesk } from '../support/fake-desk-api';
import { renderApp } from '../support/render-app';

afterEach(cleanup);

describe('case list: hand-off', () => {
  it('shows a handed-over case with its label, who, when and the auto-reply number', async () => {
    const desk = createFakeDesk({ deliveryChannel: 'mail-form' });
    const created = await desk.api.createCase({ input: { applicant: { name: '東大 花子' } }, operator: 'x' });
    if (!created.ok) throw new Error('create failed');
    desk.cases.set(created.value.id, { ...created.value, status: 'handed-over', caseNumber: 'ENG-2026-0007', submissionId: 'sub-7' } satisfies CaseView);
    const handed: OutboxItem = {
      id: 'sub-7', caseId: created.value.id, caseNumber: 'ENG-2026-0007', kind: 'request', channel: 'mail-form', amendsSubmissionId: null,
      state: 'handed-over', handedOver: { by: '確認 花子', at: '2026-11-04T02:30:00Z', reference: 'R-2026-88' }, handOverUndoableUntil: null,
      attempts: 0, nextAttemptAt: null, lastError: null, receiptId: null, receivedAt: null, payloadSha256: 'ab'.repeat(32), queuedAt: '2026-11-04T01:00:00Z', erased: false,
    };
    desk.outbox = [handed];
    renderApp(desk);
    const row = await screen.findByTestId('case-row');
    expect(within(row).getByText('送付済み(メールフォーム)')).toBeInTheDocument();
    await waitFor(() => expect(within(row).getByTestId('hand-off-facts')).toHaveTextContent('送付済み(メールフォーム) — 確認 花子、2026-11-04 11:30 — 受付番号(フォーム自動返信): R-2026-88'));
  });

  it('lists awaiting hand-off under 未送付 and handed-over under 送付済み', async () => {
    const desk = createFakeDesk();
    renderApp(desk);
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: '案件一覧' });
    await waitFor(() => expect(desk.callsOf('listCases').at(-1)).toEqual({ status: ['draft', 'finalized', 'awaiting-hand-off', 'queued', 'sending', 'needs-attention', 'handed-over', 'delivered', 'closed-not-verified'] }));
    await user.click(screen.getByRole('radio', { name: '未送付' }));
    await waitFor(() => expect(desk.callsOf('listCases').at(-1)).toEqual({ status: ['awaiting-hand-off', 'queued', 'sending', 'needs-attention'] }));
    await user.click(screen.getByRole('radio', { name: '送付済み' }));
    await waitFor(() => expect(desk.callsOf('listCases').at(-1)).toEqual({ status: ['handed-over', 'delivered'] }));
  });
});
