// @vitest-environment jsdom
// Step 7: the core's verdict decides whether Finalize is possible; then send and the mail-form text.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { openWindowDeparture, openWizard } from '../support/wizard-helpers';

afterEach(cleanup);

function openCase() {
  const c = completeCase();
  return { ...c, eligibility: { ...c.eligibility, departureDate: openWindowDeparture() } };
}

describe('review step', () => {
  it('lists why an expired case cannot be finalized and keeps Finalize disabled', async () => {
    const c = completeCase();
    await openWizard({ ...c, eligibility: { ...c.eligibility, departureDate: '2025-03-31' } }, 7); // deadline 2025-09-28
    const errors = await screen.findByTestId('review-errors');
    expect(errors).toHaveTextContent('申請期限(2025-09-28、失効後180日)を');
    expect(errors).toHaveTextContent('期限後は申請できません');
    expect(screen.getByTestId('finalize')).toBeDisabled();
  });

  it('asks before finalizing (it cannot be undone), with 確定 after the summary; the request is queued for the endpoint with it', async () => {
    const { desk, id } = await openWizard(openCase(), 7);
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByTestId('finalize')).toBeEnabled());
    const name = screen.getByText('東大 花子');
    // The button follows the summary it confirms.
    expect(name.compareDocumentPosition(screen.getByTestId('finalize')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(screen.getByTestId('finalize'));
    expect(screen.getByText(/確定すると取り消せません/)).toBeInTheDocument();
    expect(desk.callsOf('finalizeCase')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'キャンセル' }));
    expect(screen.queryByText(/確定すると取り消せません/)).not.toBeInTheDocument();
    await user.click(screen.getByTestId('finalize'));
    await user.click(screen.getByTestId('confirm-finalize'));
    expect(await screen.findByText('確定しました(案件番号 ENG-2026-0001)。')).toBeInTheDocument();
    expect(desk.callsOf('finalizeCase')).toEqual([{ id, operator: '窓口 太郎' }]);
    expect(screen.getByRole('heading', { name: '次にすること' })).toHaveFocus();
    expect(await screen.findByTestId('case-outbox-state')).toHaveAttribute('data-state', 'queued');
    expect(screen.queryByTestId('send')).not.toBeInTheDocument(); // nothing to press: 確定 queued it
    expect(desk.callsOf('enqueue')).toEqual([]);
  });

  it('shows the state of the case\u2019s request, not of a correction notice sent after it', async () => {
    const { desk } = await openWizard(openCase(), 7);
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByTestId('finalize')).toBeEnabled());
    await user.click(screen.getByTestId('finalize'));
    await user.click(screen.getByTestId('confirm-finalize'));
    await waitFor(() => expect(desk.outbox).toHaveLength(1));
    const request = { ...desk.outbox[0]!, state: 'delivered' as const, receiptId: 'R-1' };
    const notice = { ...request, id: 'amend-1', kind: 'amendment' as const, amendsSubmissionId: request.id, state: 'needs-attention' as const, receiptId: null, queuedAt: new Date(Date.now() + 1000).toISOString() };
    desk.emitOutbox([notice, request]); // newest first, as the core lists them
    await waitFor(() => expect(screen.getByTestId('case-outbox-state')).toHaveAttribute('data-state', 'delivered'));
  });

  it('shows a finalized case locked: the earlier steps cannot be edited', async () => {
    const { desk, id } = await openWizard(openCase(), 4);
    await desk.api.finalizeCase({ id, operator: 'x' });
    cleanup();
    const { renderApp } = await import('../support/render-app');
    renderApp(desk, { route: { name: 'case', id, step: 4 } });
    expect(await screen.findByLabelText('氏名')).toBeDisabled();
  });

  it('shows the expiry override with its source and reason in the summary, in both languages', async () => {
    const c = openCase();
    await openWizard({ ...c, eligibility: { ...c.eligibility, accountExpiryOverride: '2099-04-01', accountExpiryOverrideSource: 'itc-notice', accountExpiryOverrideReason: '延長の通知を受けた' } }, 7);
    const route = await screen.findByRole('region', { name: '申請経路の確認' });
    expect(within(route).getByText('失効日が分かっている場合は上書き').nextElementSibling).toHaveTextContent('2099-04-01');
    expect(within(route).getByText('上書きした失効日の根拠').nextElementSibling).toHaveTextContent('情報基盤センターの通知');
    expect(within(route).getByText('上書きの理由').nextElementSibling).toHaveTextContent('延長の通知を受けた');
    await userEvent.setup().click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText('Source of the overriding expiry date')).toBeInTheDocument();
    expect(screen.getByText('Notice from the Information Technology Center')).toBeInTheDocument();
  });

  it('shows no override rows when the computed expiry is used', async () => {
    await openWizard(openCase(), 7);
    await screen.findByRole('region', { name: '申請経路の確認' });
    expect(screen.queryByText('上書きした失効日の根拠')).not.toBeInTheDocument();
    expect(screen.queryByText('上書きの理由')).not.toBeInTheDocument();
  });
});
