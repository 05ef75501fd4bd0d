// @vitest-environment jsdom
// The counter flow — checks first on step 1 (earlier requests named), the expiry
// override's source and reason, the checklist that follows the document, warnings acknowledged
// before 確定, the e-mail correction typed twice, drafts reopened where they stopped, the help link.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { createFakeDesk } from '../support/fake-desk-api';
import { renderApp } from '../support/render-app';
import { openWindowDeparture, openWizard } from '../support/wizard-helpers';

afterEach(cleanup);

describe('step 1: checks first', () => {
  it('names an earlier request on this PC for the same account (number, date, services, state) as soon as the account is typed', async () => {
    const desk = createFakeDesk();
    const earlier = await desk.api.createCase({ input: completeCase(), operator: 'x' });
    if (!earlier.ok) throw new Error('create failed');
    await desk.api.finalizeCase({ id: earlier.value.id, operator: 'x' });
    await openWizard({}, 1, desk);
    const user = userEvent.setup();
    expect(screen.queryByTestId('earlier-requests')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/UTokyo Account/), '１２３４５６７８９０');
    const panel = await screen.findByTestId('earlier-requests');
    expect(panel).toHaveTextContent('ENG-2026-0001');
    expect(panel).toHaveTextContent(/\d{4}-\d{2}-\d{2} 確定/);
    expect(panel).toHaveTextContent('ECCSクラウドメール');
    expect(panel).toHaveTextContent('未送付(自動送信)'); // its request was queued with it at 確定 (endpoint)
    expect(panel).toHaveTextContent('各サービス1回限り');
    expect(panel).toHaveTextContent('この端末で受け付けた申請だけ');
  });

  it('stops at step 1 when every service was already requested on this PC', async () => {
    const desk = createFakeDesk();
    const c = completeCase();
    const earlier = await desk.api.createCase({ input: { ...c, request: { ...c.request, services: ['eccs-mail', 'onedrive'] } }, operator: 'x' });
    if (!earlier.ok) throw new Error('create failed');
    await desk.api.finalizeCase({ id: earlier.value.id, operator: 'x' });
    await openWizard({}, 1, desk);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/UTokyo Account/), '1234567890');
    const stop = await screen.findByTestId('stop');
    expect(within(stop).getByText(/どちらも利用済みです/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '次へ' })).not.toBeInTheDocument();
  });

  it('asks for the source and the reason once an override date is typed, and keeps the computed line in place', async () => {
    await openWizard({}, 1);
    const user = userEvent.setup();
    expect(screen.getByTestId('expiry-computed')).toBeInTheDocument(); // reserved before any date
    expect(screen.queryByText('上書きした失効日の根拠')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/失効日が分かっている場合は上書き/), openWindowDeparture());
    expect(screen.getByText('上書きした失効日の根拠')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '学務システム' })).toBeInTheDocument();
    expect(screen.getByLabelText('上書きの理由')).toBeInTheDocument();
  });
});

describe('identity cross-checks', () => {
  it('with video and a My Number card the checklist asks for the front only, never the back', async () => {
    const c = completeCase({ method: 'video' });
    await openWizard({ verification: { ...c.verification, documentType: 'my-number-card' } }, 3);
    expect(screen.getByLabelText(/マイナンバーカードの表面のみ/)).toBeInTheDocument();
    expect(screen.queryByLabelText(/表裏/)).not.toBeInTheDocument();
  });

  it('a contradiction must be ticked as acknowledged on the review step before finalizing', async () => {
    const c = completeCase();
    const { desk } = await openWizard({
      ...c, eligibility: { ...c.eligibility, departureDate: openWindowDeparture() }, verification: { ...c.verification, documentType: 'my-number-card' },
    }, 7);
    const user = userEvent.setup();
    const box = await screen.findByTestId('acknowledgements');
    expect(box).toHaveTextContent('マイナンバーカードを保有していない');
    expect(screen.getByRole('button', { name: '確定する' })).toBeDisabled();
    await user.click(within(box).getByRole('checkbox'));
    await waitFor(() => expect(JSON.stringify(desk.callsOf('updateCase'))).toContain('"my-number-card-contradiction":true'));
    await waitFor(() => expect(screen.getByRole('button', { name: '確定する' })).toBeEnabled());
  });
});

describe('small things', () => {
  it('the header links to the desk’s help page through a plain link (the shell opens it in the browser)', async () => {
    await openWizard({}, 1);
    const link = screen.getByTestId('help-link');
    expect(link).toHaveAttribute('href', 'https://utelecon.adm.u-tokyo.ac.jp/');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('a draft reopens at its first unfinished step', async () => {
    const desk = createFakeDesk();
    const c = completeCase();
    const { checklist, ...verification } = c.verification;
    void checklist;
    await desk.api.createCase({ input: { eligibility: { ...c.eligibility, departureDate: openWindowDeparture() }, applicant: c.applicant, verification }, operator: 'x' });
    renderApp(desk, { route: { name: 'cases' } });
    const link = await screen.findByRole('link', { name: /東大 花子/ });
    desk.calls.length = 0;
    await userEvent.setup().click(link);
    await waitFor(() => expect(window.location.hash).toMatch(/\/3$/));
    expect(await screen.findByRole('heading', { name: /本人確認チェック/ })).toBeInTheDocument();
    // The list's rows carry no input: the case was read once, to find the step, and the wizard took that read.
    expect(desk.callsOf('getCase')).toHaveLength(1);
  });
});

describe('correcting the e-mail after finalizing', () => {
  it('asks for the corrected address twice and refuses a confirmation that differs, sending nothing', async () => {
    const desk = createFakeDesk();
    const c = completeCase();
    const created = await desk.api.createCase({ input: { ...c, eligibility: { ...c.eligibility, departureDate: openWindowDeparture() } }, operator: 'x' });
    if (!created.ok) throw new Error('create failed');
    await desk.api.finalizeCase({ id: created.value.id, operator: 'x' });
    desk.calls.length = 0;
    renderApp(desk, { route: { name: 'case', id: created.value.id, step: 7 } });
    await screen.findByRole('heading', { name: '訂正の記録' });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('訂正する項目'), '本人連絡先メールアドレス');
    const value = screen.getByLabelText('訂正後の値');
    await user.clear(value);
    await user.type(value, 'hanako@example.org');
    await user.type(screen.getByLabelText('訂正後の値(確認のためもう一度)'), 'hanako@example.com');
    await user.type(screen.getByLabelText('訂正の理由'), '申請者からの申し出');
    await user.click(screen.getByRole('button', { name: '訂正を記録する' }));
    expect(await screen.findByTestId('amend-error-valueConfirm')).toHaveTextContent('確認用に入力した値が訂正後の値と一致しません');
    expect(desk.callsOf('amendCase')).toEqual([]);
    const confirm = screen.getByLabelText('訂正後の値(確認のためもう一度)');
    await user.clear(confirm);
    await user.type(confirm, 'hanako@example.org');
    await user.click(screen.getByRole('button', { name: '訂正を記録する' }));
    await screen.findByTestId('amend-notice');
    expect(desk.callsOf('amendCase')).toEqual([expect.objectContaining({ field: 'applicant.contactEmail', value: 'hanako@example.org', valueConfirm: 'hanako@example.org' })]);
  });
});
