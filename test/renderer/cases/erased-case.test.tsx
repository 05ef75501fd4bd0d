// @vitest-environment jsdom
// A case whose personal data retention erased is shown as such and offers no editing: in the case
// list (消去済み instead of a name), on its own screen (no form, only what is left), and in the
// outbox (no hand-off or retry, not counted as still to leave or needing attention).
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseView, OutboxItem } from '../../../src-shared/core-api';
import { createFakeDesk, type FakeDesk } from '../support/fake-desk-api';
import { renderApp } from '../support/render-app';

afterEach(cleanup);

const PURGED_AT = '2027-06-01T03:00:00.000Z';

async function deskWithErasedCase(): Promise<{ desk: FakeDesk; id: string }> {
  const desk = createFakeDesk({ deliveryChannel: 'mail-form' });
  const created = await desk.api.createCase({ input: { applicant: { name: '一度目 消去' } }, operator: 'x' });
  if (!created.ok) throw new Error('create failed');
  const erased: CaseView = { ...created.value, status: 'needs-attention', caseNumber: 'ENG-2026-0009', submissionId: 'sub-9', input: {}, purgedAt: PURGED_AT };
  desk.cases.set(created.value.id, erased);
  desk.outbox = [erasedItem(created.value.id)];
  return { desk, id: created.value.id };
}

const erasedItem = (caseId: string): OutboxItem => ({
  id: 'sub-9', caseId, caseNumber: 'ENG-2026-0009', kind: 'request', channel: 'mail-form', amendsSubmissionId: null,
  state: 'needs-attention', handedOver: null, handOverUndoableUntil: null, attempts: 0, nextAttemptAt: null, receiptId: null, receivedAt: null,
  lastError: { code: 'erased', message: { ja: '保存期間が過ぎて個人情報を消去したため、この申請は送付されません。', en: 'erased' }, nextStep: { ja: '再送も送付の記録もできません。', en: 'It cannot be resent.' } },
  payloadSha256: '', queuedAt: '2026-11-01T00:00:00Z', erased: true,
});

describe('an erased case', () => {
  it('is listed as 消去済み, and its screen shows what is left with no form to edit', async () => {
    const { desk } = await deskWithErasedCase();
    renderApp(desk);
    const user = userEvent.setup();
    const row = await screen.findByTestId('case-row');
    expect(within(row).getByTestId('erased')).toHaveTextContent('消去済み');
    expect(within(row).queryByText('(氏名未入力)')).not.toBeInTheDocument();
    await user.click(within(row).getByRole('link', { name: '消去済み' }));
    const erased = await screen.findByTestId('erased-case');
    expect(within(erased).getByRole('heading', { name: 'ENG-2026-0009' })).toBeInTheDocument();
    expect(erased).toHaveTextContent('この案件の個人情報は 2027-06-01 12:00 に消去しました。表示も編集もできません。');
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryByRole('button', { name: /確定|破棄|送付済みにする|メールフォームを開く/ })).not.toBeInTheDocument();
    expect(desk.calls.map((c) => c.method).filter((m) => /update|finalize|discard|close/i.test(m))).toEqual([]);
  });

  it('its outbox item offers no hand-off or retry and is neither still to leave nor needing attention', async () => {
    const { desk } = await deskWithErasedCase();
    renderApp(desk, { route: { name: 'outbox' } });
    const row = await screen.findByTestId('outbox-item');
    expect(within(row).getByTestId('erased')).toHaveTextContent('消去済み');
    expect(within(row).getByTestId('outbox-erased')).toHaveTextContent('個人情報を消去済み(送付されません) 再送も送付の記録もできません。');
    expect(within(row).getAllByRole('button').map((b) => b.textContent)).toEqual(['案件を開く ENG-2026-0009']);
    await waitFor(() => expect(screen.getByTestId('outbox-count')).toHaveTextContent('未送付 0 件'));
    expect(screen.queryByText(/要対応 \d+ 件/)).not.toBeInTheDocument();
  });
});
