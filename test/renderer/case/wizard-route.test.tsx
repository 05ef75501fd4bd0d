// @vitest-environment jsdom
// Step 1 (route check): validation in the user's language with focus on the first invalid field,
// the computed expiry/deadline, and ineligible answers stopping the wizard with what to do instead.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openWindowDeparture, openWizard } from '../support/wizard-helpers';
import { accountExpiryFor, deadlineFor } from '../../../src-shared/domain';

afterEach(cleanup);

describe('wizard step 1: route check', () => {
  it('shows every missing answer next to its field in Japanese and focuses the first one', async () => {
    await openWizard();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '次へ' }));
    expect(await screen.findByText('離籍直前に学生として在籍していたかを選んでください。')).toBeInTheDocument();
    expect(screen.getByText('UTokyo Account本人確認サービスを利用できない理由を選んでください。')).toBeInTheDocument();
    expect(screen.getByText(/離籍日を日付として読めません/)).toBeInTheDocument();
    // Step 1 starts with the account: the first invalid field gets the focus.
    expect(screen.getByText(/UTokyo Account は10桁の数字です/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('UTokyo Account(10桁の数字)')).toHaveFocus());
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('申請経路の確認');
  });

  it('computes the expiry (1st of the next month) and the deadline with days left, and lets staff override the expiry', async () => {
    await openWizard();
    const user = userEvent.setup();
    const departure = openWindowDeparture();
    await user.type(screen.getByLabelText('離籍日(卒業・修了・退学などの日)'), departure);
    const expiry = accountExpiryFor(departure);
    expect(screen.getByTestId('expiry')).toHaveTextContent(expiry);
    expect(screen.getByTestId('deadline')).toHaveTextContent(deadlineFor(expiry));
    expect(screen.getByTestId('deadline')).toHaveTextContent(/残り \d+ 日/);
    await user.type(screen.getByLabelText(/失効日が分かっている場合は上書き/), departure);
    expect(screen.getByTestId('expiry')).toHaveTextContent(departure);
    expect(screen.getByTestId('deadline')).toHaveTextContent(deadlineFor(departure));
  });

  it('accepts the date as staff type it (slashes, no separators, full width) and shows it as YYYY-MM-DD', async () => {
    await openWizard();
    const user = userEvent.setup();
    const field = screen.getByLabelText('離籍日(卒業・修了・退学などの日)');
    await user.type(field, '２０２６年３月３１日');
    expect(screen.getByTestId('expiry')).toHaveTextContent('2026-04-01');
    await user.tab();
    expect(field).toHaveValue('2026-03-31');
    await user.clear(field);
    await user.type(field, '20251031');
    await user.tab();
    expect(field).toHaveValue('2025-10-31');
    expect(screen.getByTestId('deadline')).toHaveTextContent(deadlineFor('2025-11-01'));
  });

  it('stops the wizard when the applicant was not a student, and says what to do instead', async () => {
    await openWizard();
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'いいえ' }));
    const stop = await screen.findByTestId('stop');
    expect(within(stop).getByText(/離籍直前に学生でなかった方は/)).toBeInTheDocument();
    // Honest about where they can go: the online service only if it is open to them, else nowhere.
    expect(within(stop).getByText(/事前連携していて、今もマイナンバーカードを持っている場合だけ/)).toBeInTheDocument();
    expect(within(stop).getByText(/ほかに申請する方法はありません/)).toBeInTheDocument();
    expect(stop).not.toHaveTextContent(/本人確認サービス[^」]*から申請するよう案内/);
    expect(screen.queryByRole('button', { name: '次へ' })).not.toBeInTheDocument();
  });

  it('stops the wizard past the deadline', async () => {
    await openWizard();
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'はい' }));
    await user.type(screen.getByLabelText('離籍日(卒業・修了・退学などの日)'), '2025-01-31');
    const stop = await screen.findByTestId('stop');
    expect(within(stop).getByText(/申請期限(.*)を\d+日過ぎています/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '次へ' })).not.toBeInTheDocument();
  });

  it('moves on to step 2 once the route is open', async () => {
    await openWizard();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('UTokyo Account(10桁の数字)'), '1234567890');
    await user.click(screen.getByRole('radio', { name: 'はい' }));
    await user.click(screen.getByRole('radio', { name: 'マイナンバーカードを保有していない' }));
    await user.type(screen.getByLabelText('離籍日(卒業・修了・退学などの日)'), openWindowDeparture());
    await user.click(screen.getByRole('button', { name: '次へ' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('確認方法と書類'));
    expect(screen.getByTestId('step-route')).toHaveAttribute('data-complete', 'true');
  });
});
