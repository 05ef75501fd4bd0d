// @vitest-environment jsdom
// Settings → 送付先: the channel (mail form by default), the form link and the desk's prefilled-link
// template with the core's field-level message, and what a channel switch does to the requests
// still awaiting hand-off.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OutboxItem } from '../../../src-shared/core-api';
import { useSession } from '../../../src-renderer/state/session-store';
import { createFakeDesk } from '../support/fake-desk-api';
import { renderApp } from '../support/render-app';

afterEach(cleanup);

const TEMPLATE = 'https://docs.google.com/forms/d/e/1FAIpQLS/viewform?usp=pp_url&entry.1=%7B%7BcaseNumber%7D%7D&entry.2=%7B%7BrequestText%7D%7D';

const awaiting = (n: number): OutboxItem => ({
  id: `sub-${n}`, caseId: `case-${n}`, caseNumber: `ENG-2026-000${n}`, kind: 'request', channel: 'mail-form', amendsSubmissionId: null,
  state: 'awaiting-hand-off', handedOver: null, handOverUndoableUntil: null, attempts: 0, nextAttemptAt: null, lastError: null,
  receiptId: null, receivedAt: null, payloadSha256: 'ab'.repeat(32), queuedAt: `2026-11-0${n}T00:00:00Z`, erased: false,
});

function openSettings(channel: 'mail-form' | 'endpoint' = 'mail-form', outbox: OutboxItem[] = []) {
  const desk = channel === 'endpoint'
    ? createFakeDesk({ deliveryChannel: channel, endpointUrl: 'https://desk.example/submissions', confirmedDestinations: ['desk.example/submissions'] })
    : createFakeDesk({ deliveryChannel: channel, endpointUrl: null, confirmedDestinations: [] });
  desk.outbox = outbox;
  renderApp(desk, { route: { name: 'settings' } });
  return { desk, user: userEvent.setup(), panel: () => screen.getByTestId('delivery-panel') };
}

describe('Settings → 送付先', () => {
  it('offers the mail form as the default channel and shows the endpoint URL only for the endpoint channel', async () => {
    const { user } = openSettings();
    expect(await screen.findByRole('radio', { name: 'メールフォーム(既定)' })).toBeChecked();
    expect(screen.getByLabelText('メールフォームのリンク')).toHaveValue('https://forms.gle/ASFmXTbgNwncrWL28');
    expect(screen.queryByLabelText('送付先(uteleconサポート窓口)の URL')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '送信先URL' }));
    expect(screen.getByLabelText('送付先(uteleconサポート窓口)の URL')).toBeInTheDocument();
  });

  it('shows the core’s message next to the template field, keeps what was typed, and saves once it is right', async () => {
    const { desk, user } = openSettings();
    const template = await screen.findByLabelText('事前入力リンクのひな形(任意)');
    const bad = 'https://docs.google.com/forms/d/e/x/viewform?entry.1=%7B%7BmyNumber%7D%7D';
    await user.click(template);
    await user.paste(bad);
    await user.click(screen.getByTestId('save-delivery'));
    const error = await screen.findByText(/使えない差し込み項目 \{\{myNumber\}\}/);
    expect(error).toHaveAttribute('id', 'd-template-error');
    expect(template).toHaveAttribute('aria-invalid', 'true');
    expect(template).toHaveValue(bad);
    expect(desk.settings.mailFormPrefillTemplate).toBeNull();

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText(/unknown placeholder \{\{myNumber\}\}/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '日本語' }));

    await user.clear(template);
    await user.paste(TEMPLATE);
    await user.click(screen.getByTestId('save-delivery'));
    expect(await screen.findByText('送付先を保存しました。')).toBeInTheDocument();
    expect(screen.queryByText(/差し込み項目/)).not.toBeInTheDocument();
    expect(desk.settings).toMatchObject({ deliveryChannel: 'mail-form', mailFormPrefillTemplate: TEMPLATE, endpointUrl: null });
  });

  it('asks for the endpoint URL when the endpoint channel is chosen without one, naming the field', async () => {
    const { desk, user } = openSettings();
    await user.click(await screen.findByRole('radio', { name: '送信先URL' }));
    await user.click(screen.getByTestId('save-delivery'));
    expect(await screen.findByText('送信先URLを選んだときは、サポート窓口から案内されたURLを入力してください。')).toBeInTheDocument();
    const url = screen.getByLabelText('送付先(uteleconサポート窓口)の URL');
    const refused = 'URL は https:// で始まる形式で入力してください(http:// はこのパソコン内の試験用送付先のみ)。ユーザー名・パスワードや # は含めないでください。';
    await user.type(url, 'ftp://desk');
    await user.click(screen.getByTestId('save-delivery'));
    expect(await screen.findByText(refused)).toBeInTheDocument();
    // the outbox's own rule: plain http only to this PC
    await user.clear(url);
    await user.type(url, 'http://desk.example.ac.jp/submit');
    await user.click(screen.getByTestId('save-delivery'));
    expect(await screen.findByText(refused)).toBeInTheDocument();
    expect(desk.callsOf('updateSettings')).toHaveLength(0);
  });

  it('switching to the endpoint lists the items awaiting hand-off and queues them only when staff say yes', async () => {
    const { desk, user } = openSettings('mail-form', [awaiting(1), awaiting(2)]);
    await user.click(await screen.findByRole('radio', { name: '送信先URL' }));
    await user.type(screen.getByLabelText('送付先(uteleconサポート窓口)の URL'), 'https://desk.example/submissions');
    await user.click(screen.getByTestId('save-delivery'));
    await user.click(await screen.findByTestId('confirm-destination'));
    const question = await screen.findByTestId('awaiting-question');
    expect(question).toHaveTextContent('2 件あります(案件番号: ENG-2026-0001、ENG-2026-0002)');
    expect(desk.callsOf('queueAwaiting')).toHaveLength(0);
    await user.click(within(question).getByRole('button', { name: '今すぐ自動で送信する' }));
    await waitFor(() => expect(desk.callsOf('queueAwaiting')).toEqual([{ ids: ['sub-1', 'sub-2'], operator: '窓口 太郎' }]));
    expect(await screen.findByTestId('awaiting-answer')).toHaveTextContent('2 件を自動送信に切り替えました。');
    expect(desk.outbox.map((i) => i.state)).toEqual(['queued', 'queued']);
  });

  it('answering no leaves the items awaiting hand-off and says so', async () => {
    const { desk, user } = openSettings('mail-form', [awaiting(1)]);
    useSession.getState().setOutbox([awaiting(1)]);
    await user.click(await screen.findByRole('radio', { name: '送信先URL' }));
    await user.type(screen.getByLabelText('送付先(uteleconサポート窓口)の URL'), 'https://desk.example/submissions');
    await user.click(screen.getByTestId('save-delivery'));
    await user.click(await screen.findByTestId('confirm-destination'));
    await user.click(await screen.findByRole('button', { name: 'メールフォームで送付する(このまま)' }));
    expect(screen.getByTestId('awaiting-answer')).toHaveTextContent('1 件は未送付(メールフォーム)のままです。');
    expect(desk.callsOf('queueAwaiting')).toHaveLength(0);
    expect(desk.outbox[0]?.state).toBe('awaiting-hand-off');
  });

  it('switching back to the mail form un-sends nothing and says so', async () => {
    const { desk, user } = openSettings('endpoint');
    await user.click(await screen.findByRole('radio', { name: 'メールフォーム(既定)' }));
    await user.click(screen.getByTestId('save-delivery'));
    expect(await screen.findByTestId('delivery-status')).toHaveTextContent('すでに送付済みの申請が取り消されることはありません。');
    expect(desk.settings.deliveryChannel).toBe('mail-form');
    expect(screen.queryByTestId('awaiting-question')).not.toBeInTheDocument();
  });

  it('another destination is named and saved only once confirmed; the notice then stays in Settings', async () => {
    const { desk, user } = openSettings();
    const link = await screen.findByLabelText('メールフォームのリンク');
    await user.clear(link);
    await user.type(link, 'https://phish.example/desk-form');
    await user.click(screen.getByTestId('save-delivery'));
    const ask = await screen.findByTestId('destination-confirm');
    expect(ask).toHaveTextContent('送付先が既定と異なります: phish.example/desk-form');
    expect(desk.callsOf('updateSettings')).toHaveLength(0);
    await user.click(within(ask).getByRole('button', { name: 'やめる(保存しない)' }));
    expect(screen.getByTestId('delivery-status')).toHaveTextContent('保存していません。入力した内容はそのままです。');
    expect(link).toHaveValue('https://phish.example/desk-form');
    expect(desk.settings.mailFormUrl).toBe('https://forms.gle/ASFmXTbgNwncrWL28');

    await user.click(screen.getByTestId('save-delivery'));
    await user.click(await screen.findByTestId('confirm-destination'));
    await waitFor(() => expect(desk.settings.mailFormUrl).toBe('https://phish.example/desk-form'));
    expect(desk.callsOf('updateSettings').at(-1)).toMatchObject({ confirmDestinations: ['phish.example/desk-form'] });
    expect(await screen.findByTestId('destination-notice')).toHaveTextContent('送付先が既定と異なります: phish.example/desk-form');
  });

  it('a destination a profile proposed is shown as waiting, not as in use', async () => {
    const desk = createFakeDesk({ deliveryChannel: 'endpoint', endpointUrl: 'https://attacker.example/inbox', confirmedDestinations: [] });
    renderApp(desk, { route: { name: 'settings' } });
    expect(await screen.findByTestId('destination-proposed')).toHaveTextContent('確認されていない送付先(使われていません): attacker.example/inbox');
  });

  it('lists the personal data a template puts into the link, and that browser history keeps it', async () => {
    const { user } = openSettings();
    const template = await screen.findByLabelText('事前入力リンクのひな形(任意)');
    await user.type(template, 'https://docs.google.com/forms/d/e/1FAIpQLSdeskform/viewform?entry.1=%7B%7BcaseNumber%7D%7D&entry.2=%7B%7BapplicantName%7D%7D&entry.3=%7B%7BcontactEmail%7D%7D');
    const fields = await screen.findByTestId('template-fields');
    expect(fields).toHaveTextContent('このひな形がリンクに入れる個人情報: 氏名、連絡先メールアドレス');
    expect(fields).toHaveTextContent('事前入力したリンクはブラウザーの履歴に残ります');
  });
});
