// @vitest-environment jsdom
// The outbox with the mail-form channel: awaiting hand-off as a calm state with its actions,
// 送付済みにする with the desk's auto-reply number, same-day undo with a reason, correction notices
// as their own items, 今すぐすべて送信 reporting what happened, every result announced.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OutboxItem } from '../../../src-shared/core-api';
import { createFakeDesk } from '../support/fake-desk-api';
import { renderApp } from '../support/render-app';

afterEach(cleanup);

const TEMPLATE = 'https://docs.google.com/forms/d/e/1FAIpQLS/viewform?entry.1=%7B%7BcaseNumber%7D%7D';

const item = (over: Partial<OutboxItem>): OutboxItem => ({
  id: 'sub-1', caseId: 'case-1', caseNumber: 'ENG-2026-0001', kind: 'request', channel: 'mail-form', amendsSubmissionId: null,
  state: 'awaiting-hand-off', handedOver: null, handOverUndoableUntil: null, attempts: 0, nextAttemptAt: null, lastError: null,
  receiptId: null, receivedAt: null, payloadSha256: 'ab'.repeat(32), queuedAt: '2026-11-01T00:00:00Z', erased: false, ...over,
});

function openOutbox(items: OutboxItem[], template: string | null = null, deliveryChannel: 'mail-form' | 'endpoint' = 'mail-form') {
  const desk = createFakeDesk({ deliveryChannel, mailFormPrefillTemplate: template });
  desk.outbox = items;
  renderApp(desk, { route: { name: 'outbox' } });
  return { desk, user: userEvent.setup(), announcement: () => screen.getByTestId('outbox-announcement') };
}

describe('outbox: awaiting hand-off', () => {
  it('shows awaiting hand-off calmly with what to do next, not as an error', async () => {
    openOutbox([item({})]);
    const row = await screen.findByTestId('outbox-item');
    expect(within(row).getByText('未送付(メールフォーム)')).toBeInTheDocument();
    expect(within(row).getByText(/次にすること: 「メールフォームを開く」/)).toBeInTheDocument();
    expect(row.querySelector('.outbox-error')).toBeNull();
    expect(within(row).queryByRole('button', { name: /今すぐ再送/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('without a prefilled link, copies the text and opens the form in one call, and says to paste it', async () => {
    const { desk, user, announcement } = openOutbox([item({})]);
    await user.click(await screen.findByRole('button', { name: /^メールフォームを開く\s*ENG-2026-0001$/ }));
    await waitFor(() => expect(desk.opened).toHaveLength(1));
    expect(desk.clipboard).toEqual(['UTokyo Account: 1234567890\n検証コード: eyJ...']);
    expect(desk.calls.map((c) => c.method).filter((m) => /copy|MailForm/i.test(m))).toEqual(['openMailForm']);
    expect(announcement()).toHaveTextContent('申請の文面をコピーし、メールフォームをブラウザで開きました。フォームの本文欄に貼り付けて');
  });

  it('with a prefilled link, opens the form without touching the clipboard', async () => {
    const { desk, user, announcement } = openOutbox([item({})], TEMPLATE);
    await user.click(await screen.findByRole('button', { name: /^メールフォームを開く\s*ENG-2026-0001$/ }));
    await waitFor(() => expect(desk.opened).toHaveLength(1));
    expect(desk.clipboard).toEqual([]);
    expect(announcement()).toHaveTextContent('ENG-2026-0001: メールフォームをブラウザで開きました。');
  });

  it('copies the text through the desk bridge and announces it', async () => {
    const { desk, user, announcement } = openOutbox([item({})]);
    await user.click(await screen.findByRole('button', { name: /^文面をコピー\s*ENG-2026-0001$/ }));
    await waitFor(() => expect(desk.clipboard).toHaveLength(1));
    expect(announcement()).toHaveTextContent('ENG-2026-0001: 申請の文面をコピーしました。');
  });

  it('送付済みにする records the current operator and the auto-reply number, refusing one over 32 characters', async () => {
    const { desk, user, announcement } = openOutbox([item({})]);
    await user.click(await screen.findByRole('button', { name: /^送付済みにする\s*ENG-2026-0001$/ }));
    const form = screen.getByTestId('mark-form');
    expect(form).toHaveTextContent('送付した担当者: 窓口 太郎');
    const reference = within(form).getByLabelText('受付番号(フォーム自動返信)(任意)');
    await user.type(reference, 'x'.repeat(33));
    await user.click(within(form).getByRole('button', { name: 'はい、送付済みにする' }));
    expect(await within(form).findByText(/長すぎます.32文字まで/)).toBeInTheDocument();
    expect(desk.callsOf('markHandedOver')).toHaveLength(0);
    expect(reference).toHaveValue('x'.repeat(33));

    await user.clear(reference);
    await user.type(reference, 'R-2026-88');
    await user.click(within(form).getByRole('button', { name: 'はい、送付済みにする' }));
    await waitFor(() => expect(desk.callsOf('markHandedOver')).toEqual([{ id: 'sub-1', operator: '窓口 太郎', reference: 'R-2026-88' }]));
    expect(announcement()).toHaveTextContent('ENG-2026-0001 を送付済みにしました。');
    const row = screen.getByTestId('outbox-item');
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'handed-over'));
    expect(within(row).getByTestId('hand-off-facts')).toHaveTextContent(/送付済み\(メールフォーム\) — 窓口 太郎、\d{4}-\d\d-\d\d \d\d:\d\d — 受付番号\(フォーム自動返信\): R-2026-88/);
  });

  it('refuses a name or student number typed as the reference, saying which characters are allowed; nothing typed is lost', async () => {
    const { desk, user } = openOutbox([item({})]);
    await user.click(await screen.findByRole('button', { name: /^送付済みにする\s*ENG-2026-0001$/ }));
    const form = screen.getByTestId('mark-form');
    const reference = within(form).getByLabelText('受付番号(フォーム自動返信)(任意)');
    await user.type(reference, '東大花子 03-123456');
    await user.click(within(form).getByRole('button', { name: 'はい、送付済みにする' }));
    const error = await within(form).findByText(/使えない文字があります/);
    expect(error).toHaveTextContent('半角の英字・数字・「#」・「-」だけです');
    expect(reference).toHaveAttribute('aria-invalid', 'true');
    expect(reference).toHaveValue('東大花子 03-123456');
    expect(desk.callsOf('markHandedOver')).toHaveLength(0);
  });

  it('a same-day hand-off can be undone with a required reason', async () => {
    const at = new Date().toISOString();
    const until = new Date(Date.now() + 3_600_000).toISOString();
    const { desk, user, announcement } = openOutbox([item({ state: 'handed-over', handedOver: { by: '確認 花子', at, reference: null }, handOverUndoableUntil: until })]);
    await user.click(await screen.findByRole('button', { name: /^取り消す\s*ENG-2026-0001$/ }));
    const form = screen.getByTestId('undo-form');
    await user.click(within(form).getByRole('button', { name: '送付済みを取り消す' }));
    expect(await within(form).findByText('取り消す理由を入力してください(例: 別の案件の送付済みを押してしまった)。')).toBeInTheDocument();
    expect(desk.callsOf('undoHandOver')).toHaveLength(0);
    await user.type(within(form).getByLabelText('取り消す理由(必須)'), '別の案件と取り違えた');
    await user.click(within(form).getByRole('button', { name: '送付済みを取り消す' }));
    await waitFor(() => expect(desk.callsOf('undoHandOver')).toEqual([{ id: 'sub-1', operator: '窓口 太郎', reason: '別の案件と取り違えた' }]));
    expect(announcement()).toHaveTextContent('ENG-2026-0001 の送付済みを取り消しました。');
    await waitFor(() => expect(screen.getByTestId('outbox-item')).toHaveAttribute('data-state', 'awaiting-hand-off'));
  });

  it('each hand-off form opens with its field focused; Enter submits the one-line reference, not the reason box', async () => {
    const { desk, user } = openOutbox([item({})]);
    await user.click(await screen.findByRole('button', { name: /^送付済みにする\s*ENG-2026-0001$/ }));
    const reference = within(screen.getByTestId('mark-form')).getByLabelText('受付番号(フォーム自動返信)(任意)');
    await waitFor(() => expect(reference).toHaveFocus());
    await user.keyboard('R-7{Enter}');
    await waitFor(() => expect(desk.callsOf('markHandedOver')).toEqual([{ id: 'sub-1', operator: '窓口 太郎', reference: 'R-7' }]));

    await user.click(await screen.findByRole('button', { name: /^取り消す\s*ENG-2026-0001$/ }));
    const reason = within(screen.getByTestId('undo-form')).getByLabelText('取り消す理由(必須)');
    await waitFor(() => expect(reason).toHaveFocus());
    await user.keyboard('一行目{Enter}二行目');
    expect(reason).toHaveValue('一行目\n二行目');
    expect(desk.callsOf('undoHandOver')).toHaveLength(0);
  });

  it('offers no undo once the day of the hand-off is over', async () => {
    openOutbox([item({ state: 'handed-over', handedOver: { by: '確認 花子', at: '2026-01-05T01:00:00Z', reference: 'R-1' }, handOverUndoableUntil: null })]);
    const row = await screen.findByTestId('outbox-item');
    expect(within(row).getByTestId('hand-off-facts')).toHaveTextContent('送付済み(メールフォーム) — 確認 花子、2026-01-05 10:00 — 受付番号(フォーム自動返信): R-1');
    expect(within(row).queryByRole('button', { name: /取り消す/ })).not.toBeInTheDocument();
  });
});

describe('outbox: corrections and sending', () => {
  it('shows a correction notice as its own item, labelled as the correction of its case', async () => {
    openOutbox([item({}), item({ id: 'amd-1', kind: 'amendment', amendsSubmissionId: 'sub-1', queuedAt: '2026-11-02T00:00:00Z' })]);
    const rows = await screen.findAllByTestId('outbox-item');
    expect(rows).toHaveLength(2);
    expect(within(rows[0] as HTMLElement).getByRole('heading', { name: 'ENG-2026-0001 の訂正通知' })).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('案件 ENG-2026-0001 の訂正通知です。');
    // Its request has not left yet: the notice says which goes first.
    expect(within(rows[0] as HTMLElement).getByTestId('request-first')).toHaveTextContent('先に元の申請(ENG-2026-0001)を引き渡してから');
    expect(within(rows[1] as HTMLElement).getByRole('heading', { name: 'ENG-2026-0001' })).toBeInTheDocument();
  });

  it('今すぐすべて送信 calls sendAllNow and reports what was sent and what still fails', async () => {
    const failing = { code: 'http-401', message: { ja: '署名を確認できませんでした。', en: 'Bad signature.' }, nextStep: { ja: '鍵を登録', en: 'Register' } };
    const queued = (n: number, over: Partial<OutboxItem> = {}) => item({ id: `sub-${n}`, caseId: `case-${n}`, caseNumber: `ENG-2026-000${n}`, channel: 'endpoint', state: 'queued', ...over });
    const { desk, user, announcement } = openOutbox([queued(1), queued(2), queued(3), queued(4, { lastError: failing })], null, 'endpoint');
    await user.click(await screen.findByRole('button', { name: '今すぐすべて送信' }));
    await waitFor(() => expect(desk.callsOf('sendAllNow')).toEqual([{ operator: '窓口 太郎' }]));
    expect(announcement()).toHaveTextContent('3件送信しました。1件はまだ失敗しています: ENG-2026-0004(署名を確認できませんでした。)');
    expect(desk.callsOf('flushOutbox')).toHaveLength(0);
  });

  it('on the mail form, 今すぐすべて送信 is not offered: it says what to do instead', async () => {
    openOutbox([item({})]);
    await screen.findByTestId('outbox-item');
    expect(screen.queryByRole('button', { name: '今すぐすべて送信' })).not.toBeInTheDocument();
    expect(screen.getByTestId('send-all-mail-form')).toHaveTextContent('「メールフォームを開く」で送り、「送付済みにする」を押してください');
  });

  it('on the endpoint with nothing waiting there, 今すぐすべて送信 cannot be pressed (no green “0件送信しました”)', async () => {
    openOutbox([item({ channel: 'endpoint', state: 'delivered', receiptId: 'R-1' })], null, 'endpoint');
    expect(await screen.findByRole('button', { name: '今すぐすべて送信' })).toBeDisabled();
  });

  it('announces the result of 今すぐ再送', async () => {
    const { desk, user, announcement } = openOutbox([item({ channel: 'endpoint', state: 'queued' })]);
    await user.click(await screen.findByRole('button', { name: /^今すぐ再送\s*ENG-2026-0001$/ }));
    await waitFor(() => expect(desk.callsOf('retryDelivery')).toEqual([{ id: 'sub-1', operator: '窓口 太郎' }]));
    expect(announcement()).toHaveTextContent('ENG-2026-0001: 再送しました。いまの状態: 未送付(自動送信)');
  });

  it('shows a delivered item with the endpoint’s receipt ID under its own name', async () => {
    openOutbox([item({ channel: 'endpoint', state: 'delivered', receiptId: 'R-42', receivedAt: '2026-11-02T01:00:00Z' })]);
    expect(await screen.findByTestId('receipt')).toHaveTextContent('受付ID(送信先): R-42');
    expect(screen.getByTestId('hand-off-facts')).toHaveTextContent('送付済み(自動送信) — 2026-11-02 10:00');
  });
});
