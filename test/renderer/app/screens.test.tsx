// @vitest-environment jsdom
// Start (operator choice, first run), the case list, the outbox and settings.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OutboxItem } from '../../../src-shared/core-api';
import { useSession } from '../../../src-renderer/state/session-store';
import { createFakeDesk } from '../support/fake-desk-api';
import { renderApp } from '../support/render-app';

afterEach(cleanup);

const item = (over: Partial<OutboxItem>): OutboxItem => ({
  id: 'sub-1', caseId: 'case-1', caseNumber: 'ENG-2026-0001', kind: 'request', channel: 'endpoint', amendsSubmissionId: null, handedOver: null, handOverUndoableUntil: null, state: 'queued', attempts: 3, nextAttemptAt: null, lastError: null,
  receiptId: null, receivedAt: null, payloadSha256: 'ab'.repeat(32), queuedAt: '2026-11-01T00:00:00Z', erased: false, ...over,
});

describe('start screen', () => {
  it('lets the operator pick their name from the staff list', async () => {
    const desk = createFakeDesk();
    renderApp(desk, { operator: null, route: { name: 'start' } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '確認 花子(学務係長)として始める' }));
    expect(useSession.getState().operator).toEqual({ name: '確認 花子', role: '学務係長' });
    expect(await screen.findByRole('heading', { name: '案件一覧' })).toBeInTheDocument();
    expect(screen.getByText('担当者: 確認 花子')).toBeInTheDocument();
  });

  it('sends a first run to Settings to register the department and staff', async () => {
    const desk = createFakeDesk({ staff: [], department: { code: '', name: '' } });
    renderApp(desk, { operator: null, route: { name: 'start' } });
    expect(await screen.findByRole('heading', { name: '設定' })).toBeInTheDocument();
    expect(screen.getByText('初めに、この端末を使う部局と担当者を登録してください。')).toBeInTheDocument();
  });
});

describe('status and outbox', () => {
  it('always shows the outbox count and shows the last error with the next step, with retry', async () => {
    const desk = createFakeDesk();
    desk.outbox = [item({ state: 'needs-attention', lastError: { code: 'http-401', message: { ja: '署名を確認できませんでした。', en: 'Bad signature.' }, nextStep: { ja: '公開鍵を窓口に登録してください。', en: 'Register the public key.' } } }),
      item({ id: 'sub-2', caseId: 'case-2', caseNumber: 'ENG-2026-0002', state: 'delivered', receiptId: 'R-42', receivedAt: '2026-11-02T01:00:00Z' })];
    renderApp(desk, { route: { name: 'outbox' } });
    const user = userEvent.setup();
    expect(await screen.findByText('要対応 1 件')).toBeInTheDocument();
    const items = await screen.findAllByTestId('outbox-item');
    expect(within(items[0] as HTMLElement).getByText(/署名を確認できませんでした/)).toBeInTheDocument();
    expect(within(items[0] as HTMLElement).getByText(/公開鍵を窓口に登録してください/)).toBeInTheDocument();
    expect(screen.getByTestId('receipt')).toHaveTextContent('受付ID(送信先): R-42');
    await user.click(within(items[0] as HTMLElement).getByRole('button', { name: /今すぐ再送/ }));
    await waitFor(() => expect(desk.callsOf('retryDelivery')).toEqual([{ id: 'sub-1', operator: '窓口 太郎' }]));
    desk.emitOutbox([item({ state: 'queued' })]);
    expect(await screen.findByText('未送付 1 件')).toBeInTheDocument();
  });
});

describe('cases list', () => {
  it('filters by status, searches, and highlights urgent deadlines', async () => {
    const desk = createFakeDesk();
    renderApp(desk);
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: '案件一覧' });
    await user.click(screen.getByRole('radio', { name: '送付済み' }));
    await waitFor(() => expect(desk.callsOf('listCases').at(-1)).toEqual({ status: ['handed-over', 'delivered'] }));
    await user.type(screen.getByLabelText('検索(氏名・UTokyo Account・案件番号)'), '花子');
    await waitFor(() => expect(desk.callsOf('listCases').at(-1)).toEqual({ status: ['handed-over', 'delivered'], query: '花子' }));
  });

  it('shows the deadline with the days left and marks urgent rows', async () => {
    const desk = createFakeDesk();
    const soon = new Date(Date.now() - 170 * 86_400_000).toISOString().slice(0, 10);
    await desk.api.createCase({ input: { applicant: { name: '期限 近子' }, eligibility: { accountExpiryOverride: soon, departureDate: soon } }, operator: 'x' });
    renderApp(desk);
    const row = await screen.findByTestId('case-row');
    expect(row).toHaveClass('row-urgent');
    expect(within(row).getByText(/残り \d+ 日/)).toBeInTheDocument();
    expect(within(row).getByText('至急')).toBeInTheDocument();
  });
});

describe('settings', () => {
  it('validates the retention and saves the staff list', async () => {
    const desk = createFakeDesk();
    renderApp(desk, { route: { name: 'settings' } });
    const user = userEvent.setup();
    const retention = await screen.findByLabelText('個人情報の保存期間(送付後の日数)');
    await user.clear(retention);
    await user.type(retention, '7');
    await user.click(screen.getByTestId('save-settings'));
    expect(await screen.findByText('保存期間は30〜3650の整数で入力してください。')).toBeInTheDocument();
    expect(desk.callsOf('updateSettings')).toHaveLength(0);

    await user.clear(retention);
    await user.type(retention, '400');
    await user.click(screen.getByRole('button', { name: '担当者を追加' }));
    const names = screen.getAllByLabelText('氏名');
    await user.type(names[names.length - 1] as HTMLElement, '新人 次郎');
    await user.click(screen.getByTestId('save-settings'));
    await waitFor(() => expect(desk.callsOf('updateSettings')).toHaveLength(1));
    const { patch } = desk.callsOf('updateSettings')[0] as { patch: { retentionDays: number; staff: { name: string }[] } };
    expect(patch.retentionDays).toBe(400);
    expect(patch.staff.map((s) => s.name)).toEqual(['窓口 太郎', '確認 花子', '新人 次郎']);
    expect(await screen.findByText('設定を保存しました。')).toBeInTheDocument();
  });

  it('keeps the language choice in step with the header switch, so saving does not switch back', async () => {
    const desk = createFakeDesk();
    renderApp(desk, { route: { name: 'settings' } });
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: '設定' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    await user.click(screen.getByTestId('save-settings'));
    await waitFor(() => expect(desk.callsOf('updateSettings').at(-1)).toMatchObject({ patch: { language: 'en', retentionDays: 365 } }));
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows the key fingerprint and reports the connection test in plain language', async () => {
    const desk = createFakeDesk();
    renderApp(desk, { route: { name: 'settings' } });
    const user = userEvent.setup();
    // The fingerprint shows '…' until the key arrives: wait for the value, not the element.
    await waitFor(() => expect(screen.getByTestId('thumbprint')).toHaveTextContent('THUM BPRI NT-1 23'));
    await user.click(screen.getByRole('button', { name: '接続を確認' }));
    expect(await screen.findByTestId('connection-result')).toHaveTextContent('接続できました。 (HTTP 200)');
  });
});
