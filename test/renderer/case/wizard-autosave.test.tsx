// @vitest-environment jsdom
// Autosave: debounced saves while typing, an immediate save on a step change, a core error that
// keeps what was typed, and a My Number that is never sent.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lastPatch, openWizard } from '../support/wizard-helpers';

afterEach(cleanup);

describe('wizard autosave', () => {
  it('saves once after typing pauses, with everything typed, and says "saved"', async () => {
    const { desk, id } = await openWizard({}, 4);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('氏名'), '東大 花子');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'saved'));
    // One save for a burst of keystrokes (debounced), not one per character.
    expect(desk.callsOf('updateCase').length).toBeLessThanOrEqual(2);
    expect(lastPatch(desk).applicant?.name).toBe('東大 花子');
    expect(desk.cases.get(id)?.input.applicant?.name).toBe('東大 花子');
    expect(screen.getByTestId('save-status')).toHaveTextContent('保存しました');
  });

  it('saves immediately when the step changes, without waiting for the debounce', async () => {
    const { desk, id } = await openWizard({}, 4);
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText('氏名'), '東大');
    await user.click(screen.getByTestId('step-request'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('救出の申請内容'));
    expect(desk.cases.get(id)?.input.applicant?.name).toBe('東大');
  });

  it('opens the step clicked last when two step-list clicks wait on one slow save', async () => {
    const { desk } = await openWizard({}, 2);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: '対面' }));
    const release = desk.holdNext('updateCase');
    await user.click(screen.getByTestId('step-checklist'));
    await user.click(screen.getByTestId('step-review'));
    release();
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('確認と確定'));
    // The earlier click's save finishing later does not take staff back to step 3.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('確認と確定');
    expect(lastPatch(desk).verification?.method).toBe('in-person');
  });

  it('saves at once when staff leave the wizard before the debounce', async () => {
    const { desk, id } = await openWizard({}, 4);
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText('氏名'), '東大 花子');
    await user.click(screen.getByRole('link', { name: '案件一覧' }));
    await screen.findByRole('heading', { level: 1, name: '案件一覧' });
    await waitFor(() => expect(desk.cases.get(id)?.input.applicant?.name).toBe('東大 花子'));
  });

  it('keeps the typed text on screen when the core fails to save, and saves it on retry', async () => {
    const { desk, id } = await openWizard({}, 4);
    const user = userEvent.setup();
    desk.failNext('updateCase');
    await user.type(screen.getByLabelText('学籍番号', { exact: false }), '03-123456');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'error'));
    expect(screen.getByTestId('save-status')).toHaveTextContent('保存できませんでした');
    expect(screen.getByLabelText('学籍番号', { exact: false })).toHaveValue('03-123456');
    await user.click(screen.getByRole('button', { name: 'もう一度保存' }));
    await waitFor(() => expect(desk.cases.get(id)?.input.applicant?.studentNumber).toBe('03-123456'));
    expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  });

  it('refuses a My Number typed into the reason: explains why and never sends the digits', async () => {
    const { desk } = await openWizard({}, 5);
    const user = userEvent.setup();
    const reason = screen.getByLabelText('救出が必要な理由');
    await user.type(reason, '論文の根拠資料として必要です 1234 5678 9012');
    await user.tab();
    expect(await screen.findByTestId('error-request.reason')).toHaveTextContent('個人番号は法律上、記録・複写・撮影できません');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'blocked'));
    for (const call of desk.callsOf('updateCase')) expect(JSON.stringify(call)).not.toMatch(/1234 5678 9012/);
    expect(reason).toHaveValue('論文の根拠資料として必要です 1234 5678 9012');
  });

  it('restores what was saved when the case is opened again', async () => {
    const { desk, id } = await openWizard({ applicant: { name: '東大 花子', utokyoAccount: '1234567890' } }, 1);
    expect(screen.getByLabelText(/UTokyo Account/)).toHaveValue('1234567890');
    expect(desk.cases.get(id)).toBeDefined();
  });
});
