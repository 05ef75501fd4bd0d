// @vitest-environment jsdom
// Corrections after finalizing: recorded as amendments from the review step, listed in the
// history; the core's refusals appear next to the field in the user's language, nothing typed
// is lost, and a My Number never leaves the form.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseStatus } from '../../../src-shared/domain';
import { makeIssue } from '../../../src-shared/domain';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { createFakeDesk } from '../support/fake-desk-api';
import { renderApp } from '../support/render-app';
import { openWindowDeparture } from '../support/wizard-helpers';

afterEach(cleanup);

async function openLockedCase(status: CaseStatus) {
  const desk = createFakeDesk();
  const c = completeCase();
  const created = await desk.api.createCase({ input: { ...c, eligibility: { ...c.eligibility, departureDate: openWindowDeparture() } }, operator: '窓口 太郎' });
  if (!created.ok) throw new Error('fake createCase failed');
  const id = created.value.id;
  await desk.api.finalizeCase({ id, operator: '窓口 太郎' });
  desk.cases.set(id, { ...desk.cases.get(id)!, status });
  desk.calls.length = 0;
  renderApp(desk, { route: { name: 'case', id, step: 7 } });
  await screen.findByRole('heading', { name: '訂正の記録' });
  return { desk, id, user: userEvent.setup() };
}

describe('amending a finalized case', () => {
  it('records a correction by the current operator, clears the form, announces it and lists it in the history (ja and en)', async () => {
    const { desk, id, user } = await openLockedCase('finalized');
    expect(screen.getByText('訂正はまだありません。')).toBeInTheDocument();
    expect(screen.queryByTestId('amend-sent-note')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('訂正する項目'), '氏名');
    expect(screen.getByTestId('amend-current')).toHaveTextContent('東大 花子');
    const value = screen.getByLabelText('訂正後の値');
    expect(value).toHaveValue('東大 花子');
    await user.clear(value);
    await user.type(value, '東大 華子');
    await user.type(screen.getByLabelText('訂正の理由'), '申請者からの申し出(漢字の誤記)');
    await user.click(screen.getByRole('button', { name: '訂正を記録する' }));

    expect(await screen.findByTestId('amend-notice')).toHaveTextContent('訂正を記録しました(No. 1: 氏名)。');
    expect(screen.getByTestId('amend-notice').closest('[aria-live="polite"]')).not.toBeNull();
    expect(desk.callsOf('amendCase')).toEqual([{ id, field: 'applicant.name', value: '東大 華子', reason: '申請者からの申し出(漢字の誤記)', by: '窓口 太郎' }]);
    const entry = within(screen.getByTestId('amend-history')).getByRole('listitem');
    expect(entry).toHaveTextContent('No. 1');
    expect(entry).toHaveTextContent('東大 花子 → 東大 華子');
    expect(entry).toHaveTextContent('窓口 太郎');
    expect(entry).toHaveTextContent('申請者からの申し出(漢字の誤記)');
    expect(entry).toHaveTextContent(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(screen.getByLabelText('訂正する項目')).toHaveValue('');
    expect(screen.getByLabelText('訂正の理由')).toHaveValue('');
    // The summary above shows the corrected case.
    expect(screen.getByText('東大 華子', { selector: 'dd' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));
    const history = await screen.findByRole('region', { name: 'Amendment history' });
    expect(within(history).getByRole('listitem')).toHaveTextContent(/No\. 1\s*Name/);
    expect(within(history).getByRole('listitem')).toHaveTextContent('Recorded by窓口 太郎');
    expect(screen.getByTestId('amend-notice')).toHaveTextContent('Correction recorded (No. 1: Name).');
  });

  it('shows the core’s refusal next to the value in ja and en, focuses it and keeps what was typed', async () => {
    const { desk, user } = await openLockedCase('delivered');
    expect(screen.getByTestId('amend-sent-note')).toHaveTextContent('訂正しても、その申請の内容は変わりません');
    desk.failNext('amendCase', {
      code: 'validation',
      message: { ja: '訂正できません。値を確認してください。何も記録していません。', en: 'The amendment was not recorded. Check the value; nothing was saved.' },
      issues: [makeIssue('applicant.contactEmail', 'email.format')],
    });
    await user.selectOptions(screen.getByLabelText('訂正する項目'), '本人連絡先メールアドレス');
    const value = screen.getByLabelText('訂正後の値');
    await user.clear(value);
    await user.type(value, 'hanako@example');
    await user.type(screen.getByLabelText('訂正後の値(確認のためもう一度)'), 'hanako@example');
    await user.type(screen.getByLabelText('訂正の理由'), '申請者からの申し出');
    await user.click(screen.getByRole('button', { name: '訂正を記録する' }));

    const error = await screen.findByTestId('amend-error-value');
    expect(error).toHaveTextContent('メールアドレスの形式が正しくありません');
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(value.getAttribute('aria-describedby')).toContain(error.id);
    await waitFor(() => expect(value).toHaveFocus());
    expect(screen.getByTestId('amend-failure')).toHaveTextContent('何も記録していません');
    expect(value).toHaveValue('hanako@example');
    expect(screen.getByLabelText('訂正の理由')).toHaveValue('申請者からの申し出');
    expect(screen.queryByTestId('amend-history')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByTestId('amend-error-value')).toHaveTextContent('This is not a valid e-mail address');
    expect(screen.getByTestId('amend-failure')).toHaveTextContent('nothing was saved');
    expect(screen.getByLabelText('Corrected value')).toHaveValue('hanako@example');
    expect(screen.getByLabelText('Reason for the correction')).toHaveValue('申請者からの申し出');
    expect(screen.getByTestId('amend-sent-note')).toHaveTextContent('An amendment does not change that request');
  });

  it('refuses a My Number in the reason without sending it, and needs a reason and a changed value', async () => {
    const { desk, user } = await openLockedCase('queued');
    await user.click(screen.getByRole('button', { name: '訂正を記録する' }));
    expect(await screen.findByTestId('amend-error-field')).toHaveTextContent('訂正する項目を選んでください。');
    expect(screen.getByLabelText('訂正する項目')).toHaveFocus();

    await user.selectOptions(screen.getByLabelText('訂正する項目'), '確認者の役職');
    await user.click(screen.getByRole('button', { name: '訂正を記録する' }));
    expect(await screen.findByTestId('amend-error-value')).toHaveTextContent('訂正後の値が現在の値と同じです');
    expect(screen.getByTestId('amend-error-reason')).toHaveTextContent('訂正の理由を入力してください。');

    const value = screen.getByLabelText('訂正後の値');
    await user.clear(value);
    await user.type(value, '学務係長');
    const reason = screen.getByLabelText('訂正の理由');
    await user.type(reason, '個人番号 1234 5678 9012 で確認');
    await user.click(screen.getByRole('button', { name: '訂正を記録する' }));
    await waitFor(() => expect(screen.getByTestId('amend-error-reason')).toHaveTextContent('マイナンバー(個人番号)と思われる数字'));
    expect(reason).toHaveFocus();
    expect(reason).toHaveValue('個人番号 1234 5678 9012 で確認');
    expect(value).toHaveValue('学務係長');
    expect(desk.callsOf('amendCase')).toEqual([]);
  });

  it('is offered on a mail-form case awaiting hand-off or handed over, saying the request itself stays as sent', async () => {
    for (const status of ['awaiting-hand-off', 'handed-over'] as const) {
      await openLockedCase(status);
      expect(screen.getByTestId('amend-sent-note')).toBeInTheDocument();
      expect(screen.getByLabelText('訂正の理由')).toBeInTheDocument();
      cleanup();
    }
  });

  it('is not offered on a draft', async () => {
    const desk = createFakeDesk();
    const created = await desk.api.createCase({ input: completeCase(), operator: '窓口 太郎' });
    if (!created.ok) throw new Error('fake createCase failed');
    renderApp(desk, { route: { name: 'case', id: created.value.id, step: 7 } });
    await screen.findByTestId('finalize');
    expect(screen.queryByRole('heading', { name: '訂正の記録' })).not.toBeInTheDocument();
  });
});
