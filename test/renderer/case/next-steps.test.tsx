// @vitest-environment jsdom
// "次にすること" on a finalized case: ① print the record, ② hand it over through the channel,
// ③ the applicant's notice; each step done or not.
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { useOutputs, getEmptyOutputs } from '../../../src-renderer/case/next-steps/outputs-store';
import { createFakeDesk, type FakeDesk } from '../support/fake-desk-api';
import { renderApp } from '../support/render-app';
import { openWindowDeparture } from '../support/wizard-helpers';

afterEach(cleanup);
beforeEach(() => useOutputs.setState(getEmptyOutputs()));

async function finalizedCase(desk: FakeDesk) {
  const c = completeCase();
  const created = await desk.api.createCase({ input: { ...c, eligibility: { ...c.eligibility, departureDate: openWindowDeparture() } }, operator: 'x' });
  if (!created.ok) throw new Error('create failed');
  await desk.api.finalizeCase({ id: created.value.id, operator: '窓口 太郎' });
  renderApp(desk, { route: { name: 'case', id: created.value.id, step: 7 } });
  await screen.findByTestId('next-steps');
  return { id: created.value.id, user: userEvent.setup(), step: (name: string) => screen.getByTestId(`next-step-${name}`) };
}

describe('next steps on a finalized case', () => {
  it('marks ① done once the record was printed in this session', async () => {
    const { step, user } = await finalizedCase(createFakeDesk());
    expect(step('print')).toHaveAttribute('data-done', 'false');
    expect(within(step('print')).getByText('未了')).toBeInTheDocument();
    await user.click(within(step('print')).getByRole('button', { name: '確認記録を印刷' }));
    await waitFor(() => expect(step('print')).toHaveAttribute('data-done', 'true'));
    expect(screen.getByTestId('review-notice')).toHaveTextContent('確認記録を出力しました。');
  });

  it('with the mail form: awaiting from 確定 on; opens the form of that item, then 送付済みにする marks ② done', async () => {
    const desk = createFakeDesk({ deliveryChannel: 'mail-form' });
    const { step, user } = await finalizedCase(desk);
    expect(within(step('hand-off')).getByRole('heading')).toHaveTextContent('② メールフォームでサポート窓口へ送付する');
    expect(await screen.findByTestId('case-outbox-state')).toHaveAttribute('data-state', 'awaiting-hand-off');
    expect(screen.getByTestId('outbox-count')).toHaveTextContent('1');
    await user.click(within(step('hand-off')).getByRole('button', { name: 'メールフォームを開く' }));
    await waitFor(() => expect(desk.opened).toHaveLength(1));
    expect(desk.callsOf('openMailForm')).toEqual([{ id: 'sub-1', operator: '窓口 太郎' }]);
    expect(desk.clipboard).toHaveLength(1);
    expect(screen.getByTestId('review-notice')).toHaveTextContent('フォームの本文欄に貼り付けて');
    expect(await screen.findByTestId('case-outbox-state')).toHaveAttribute('data-state', 'awaiting-hand-off');
    expect(step('hand-off')).toHaveAttribute('data-done', 'false');

    await user.click(within(step('hand-off')).getByRole('button', { name: '送付済みにする' }));
    await user.type(screen.getByLabelText('受付番号(フォーム自動返信)(任意)'), 'R-9');
    await user.click(screen.getByRole('button', { name: 'はい、送付済みにする' }));
    await waitFor(() => expect(step('hand-off')).toHaveAttribute('data-done', 'true'));
    expect(screen.getByTestId('case-outbox-state')).toHaveTextContent(/送付済み\(メールフォーム\).*窓口 太郎.*受付番号\(フォーム自動返信\): R-9/);
    expect(desk.callsOf('enqueue')).toEqual([]); // the item came with 確定; nothing made another
  });

  it('says why the form opened without prefilled answers, and notes a destination other than the desk\u2019s own', async () => {
    const desk = createFakeDesk({
      deliveryChannel: 'mail-form', mailFormUrl: 'https://forms.gle/OtherDeskForm', endpointUrl: 'https://desk.example/r',
      confirmedDestinations: ['forms.gle/OtherDeskForm', 'desk.example/r'],
    });
    desk.mailFormLinkOverride = { prefilled: false, reason: 'form-id-mismatch' };
    const { step, user } = await finalizedCase(desk);
    const notice = within(step('hand-off')).getByTestId('destination-notice');
    expect(notice).toHaveTextContent('送付先が既定と異なります: forms.gle/OtherDeskForm');
    expect(notice).not.toHaveTextContent('desk.example'); // the endpoint is not where this hand-off goes
    await user.click(within(step('hand-off')).getByRole('button', { name: 'メールフォームを開く' }));
    await waitFor(() => expect(desk.opened).toHaveLength(1));
    expect(screen.getByTestId('review-notice')).toHaveTextContent('事前入力していません: 設定の事前入力リンクのひな形が、サポート窓口の公式フォームのものではありません。');
    expect(desk.clipboard).toHaveLength(1); // the text to paste instead
  });

  it('copies the text through the desk bridge; when that fails, says so and keeps the text to select by hand', async () => {
    const desk = createFakeDesk({ deliveryChannel: 'mail-form' });
    const { step, user } = await finalizedCase(desk);
    await user.click(within(step('hand-off')).getByRole('button', { name: '文面をコピー' }));
    await waitFor(() => expect(desk.clipboard).toEqual(['UTokyo Account: 1234567890\n検証コード: eyJ...']));
    expect(screen.getByTestId('review-notice')).toHaveTextContent('申請の文面をコピーしました。');
    desk.failNext('copyText');
    await user.click(within(step('hand-off')).getByRole('button', { name: '文面をコピー' }));
    expect(await screen.findByLabelText('メールフォームに貼り付ける文章')).toHaveValue('UTokyo Account: 1234567890\n検証コード: eyJ...');
    expect(screen.getByTestId('review-notice')).toHaveTextContent('自動でコピーできませんでした。');
    expect(desk.clipboard).toHaveLength(1);
    // Selecting it by hand bypasses the guarded copy: staff are told the clipboard history may keep it.
    const offered = screen.getByTestId('mail-form-text');
    expect(offered).toHaveTextContent('OS のクリップボード履歴(Windows: Win+V)に残ることがあります。貼り付けたら、クリップボード履歴からこの文章を削除してください');
    // "Copy again" goes through the guarded copy; refused once more, the text stays offered.
    desk.failNext('copyText');
    await user.click(within(offered).getByRole('button', { name: 'もう一度コピー' }));
    await waitFor(() => expect(desk.callsOf('copyText')).toHaveLength(3));
    expect(desk.clipboard).toHaveLength(1);
    expect(screen.getByTestId('mail-form-text')).toBeInTheDocument();
    await user.click(within(offered).getByRole('button', { name: 'もう一度コピー' }));
    await waitFor(() => expect(desk.clipboard).toEqual(['UTokyo Account: 1234567890\n検証コード: eyJ...', 'UTokyo Account: 1234567890\n検証コード: eyJ...']));
    expect(desk.callsOf('copyText').at(-1)).toEqual({ text: 'UTokyo Account: 1234567890\n検証コード: eyJ...' });
    expect(screen.queryByTestId('mail-form-text')).toBeNull();
    expect(screen.getByTestId('review-notice')).toHaveTextContent('文面をコピーしました。メールフォームに貼り付けてください。');
  });

  it('with an endpoint: ② is queued from 確定 on (nothing to press) and done once delivered', async () => {
    const desk = createFakeDesk({ deliveryChannel: 'endpoint' });
    const { step } = await finalizedCase(desk);
    expect(within(step('hand-off')).getByRole('heading')).toHaveTextContent('② サポート窓口へ送付する');
    expect(within(step('hand-off')).queryByRole('button', { name: 'メールフォームを開く' })).not.toBeInTheDocument();
    expect(await screen.findByTestId('case-outbox-state')).toHaveAttribute('data-state', 'queued');
    desk.emitOutbox(desk.outbox.map((i) => ({ ...i, state: 'delivered', receiptId: 'R-42', receivedAt: '2026-11-02T01:00:00Z' })));
    await waitFor(() => expect(step('hand-off')).toHaveAttribute('data-done', 'true'));
    expect(screen.getByTestId('case-outbox-state')).toHaveTextContent('受付ID(送信先): R-42');
  });

  it('③ is done once the applicant’s notice was printed (not when the print dialog was cancelled)', async () => {
    const desk = createFakeDesk();
    const { id, step, user } = await finalizedCase(desk);
    (desk.api as unknown as Record<string, unknown>).printApplicantNotice = async () => ({ ok: true, value: { printed: false } });
    await user.click(within(step('notice')).getByRole('button', { name: '申請者控えを印刷' }));
    expect(await screen.findByTestId('print-applicant-notice-status')).toHaveTextContent('印刷は取り消されました。');
    expect(step('notice')).toHaveAttribute('data-done', 'false');
    (desk.api as unknown as Record<string, unknown>).printApplicantNotice = async (request: unknown) => {
      expect(request).toEqual({ caseId: id, operator: '窓口 太郎' });
      return { ok: true, value: { printed: true } };
    };
    await user.click(within(step('notice')).getByRole('button', { name: '申請者控えを印刷' }));
    await waitFor(() => expect(step('notice')).toHaveAttribute('data-done', 'true'));
  });

  it('after a correction: ④ hands over its notice as its own step, ⑤ asks to reprint what shows the old value', async () => {
    const desk = createFakeDesk({ deliveryChannel: 'mail-form' });
    const { id, step, user } = await finalizedCase(desk);
    await user.click(within(step('print')).getByRole('button', { name: '確認記録を印刷' }));
    await waitFor(() => expect(step('print')).toHaveAttribute('data-done', 'true'));
    expect(screen.queryByTestId('next-step-correction')).not.toBeInTheDocument();
    expect(screen.queryByTestId('next-step-reprint')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('訂正する項目'), '氏名(よみがな)');
    await user.type(screen.getByLabelText('訂正後の値'), 'とうだい はなこ');
    await user.type(screen.getByLabelText('訂正の理由'), '読みの誤記');
    await user.click(screen.getByRole('button', { name: '訂正を記録する' }));
    const correction = await screen.findByTestId('next-step-correction');
    expect(within(correction).getByRole('heading', { level: 3 })).toHaveTextContent('④ 訂正通知を引き渡す');
    expect(correction).toHaveAttribute('data-done', 'false');
    expect(within(correction).getByTestId('notice-outbox-state')).toHaveAttribute('data-state', 'awaiting-hand-off');
    expect(screen.getByTestId('outbox-count')).toHaveTextContent('2');
    const reprint = screen.getByTestId('next-step-reprint');
    expect(reprint).toHaveAttribute('data-done', 'false');
    expect(reprint).toHaveTextContent('訂正前に印刷した確認記録と申請者控えは、古い内容のままです');

    await user.click(within(correction).getByRole('button', { name: 'メールフォームを開く' }));
    await waitFor(() => expect(desk.callsOf('openMailForm')).toEqual([{ id: 'notice-2', operator: '窓口 太郎' }]));
    await user.click(within(correction).getByRole('button', { name: '送付済みにする' }));
    await user.click(screen.getByRole('button', { name: 'はい、送付済みにする' }));
    await waitFor(() => expect(screen.getByTestId('next-step-correction')).toHaveAttribute('data-done', 'true'));
    expect(step('hand-off')).toHaveAttribute('data-done', 'false'); // the request is still to go, on its own step

    await user.click(within(reprint).getByRole('button', { name: '確認記録を印刷' }));
    await user.click(within(reprint).getByRole('button', { name: '申請者控えを印刷' }));
    await waitFor(() => expect(screen.getByTestId('next-step-reprint')).toHaveAttribute('data-done', 'true'));
    expect(desk.callsOf('printRecord')).toEqual([{ caseId: id, operator: '窓口 太郎' }, { caseId: id, operator: '窓口 太郎' }]);
  });

  it('is not shown on a draft', async () => {
    const desk = createFakeDesk();
    const created = await desk.api.createCase({ input: completeCase(), operator: 'x' });
    if (!created.ok) throw new Error('create failed');
    renderApp(desk, { route: { name: 'case', id: created.value.id, step: 7 } });
    await screen.findByTestId('finalize');
    expect(screen.queryByTestId('next-steps')).not.toBeInTheDocument();
  });
});
