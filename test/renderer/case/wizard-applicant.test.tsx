// @vitest-environment jsdom
// Step 4 (applicant): the e-mail typed twice, unreachable university domains, and focus on the
// first invalid field when moving on.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openWizard } from '../support/wizard-helpers';

afterEach(cleanup);

describe('wizard step 4: applicant', () => {
  it('defaults the faculty to this department (asked on step 1, issue 13 §3)', async () => {
    await openWizard({}, 1);
    expect(screen.getByLabelText('離籍直前の学部・研究科等')).toHaveValue('engineering');
  });

  it('refuses a mismatched confirmation and an expired g.ecc address, next to the fields', async () => {
    await openWizard({}, 4);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('本人連絡先メールアドレス'), 'hanako@g.ecc.u-tokyo.ac.jp');
    await user.type(screen.getByLabelText('メールアドレス(確認のためもう一度)'), 'hanako@g.ecc.u-tokyo.ac.j');
    await user.tab();
    expect(await screen.findByTestId('error-applicant.contactEmail')).toHaveTextContent('アカウント失効により読めません');
    expect(screen.getByTestId('error-applicant.contactEmailConfirm')).toHaveTextContent('確認用のメールアドレスが一致しません');
  });

  it('focuses the first invalid field when Next is pressed', async () => {
    await openWizard({ applicant: { utokyoAccount: '1234567890' } }, 4);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '次へ' }));
    await waitFor(() => expect(screen.getByLabelText(/離籍直前の学籍番号/)).toHaveFocus());
    expect(screen.getByLabelText(/離籍直前の学籍番号/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('申請者の情報');
  });

  it('accepts full-width digits for the account, and shows it in ASCII once the field is left', async () => {
    await openWizard({}, 1);
    const user = userEvent.setup();
    const account = screen.getByLabelText(/UTokyo Account/);
    await user.type(account, '１２３４ ５６７８９');
    await user.tab();
    expect(await screen.findByTestId('error-applicant.utokyoAccount')).toHaveTextContent('10桁の数字です');
    expect(account).toHaveValue('123456789');
    await user.type(account, '０');
    await waitFor(() => expect(screen.queryByTestId('error-applicant.utokyoAccount')).not.toBeInTheDocument());
    await user.tab();
    expect(account).toHaveValue('1234567890');
  });

  it('shows a full-width student number in ASCII (upper case, hyphen) once the field is left', async () => {
    await openWizard({}, 4);
    const user = userEvent.setup();
    const field = screen.getByLabelText(/離籍直前の学籍番号/);
    await user.type(field, '０３ー１２３ａｂ');
    await user.tab();
    expect(field).toHaveValue('03-123AB');
  });
});
