// @vitest-environment jsdom
// Printing for the applicant and the office: "申請者控えを印刷" on a finalized case
// and "一覧を印刷" on the case list, printing exactly the filter on screen. Each
// announces its result; a cancelled print dialog says so; a failure reaches the error banner.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SalvageDeskApi } from '../../../src-shared/ipc-contract';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { createFakeDesk, type FakeDesk } from '../support/fake-desk-api';
import { renderApp } from '../support/render-app';
import { openWindowDeparture, openWizard } from '../support/wizard-helpers';

afterEach(cleanup);

function openCase() {
  const c = completeCase();
  return { ...c, eligibility: { ...c.eligibility, departureDate: openWindowDeparture() } };
}

async function openFinalizedReview(desk: FakeDesk = createFakeDesk()) {
  const { id } = await openWizard(openCase(), 7, desk);
  await desk.api.finalizeCase({ id, operator: '窓口 太郎' });
  cleanup();
  renderApp(desk, { route: { name: 'case', id, step: 7 } });
  return { desk, id, user: userEvent.setup(), button: await screen.findByRole('button', { name: '申請者控えを印刷' }) };
}

/** Replace one desk method's answer (the fake answers "printed" by default). */
function answer<M extends keyof SalvageDeskApi>(desk: FakeDesk, method: M, value: Awaited<ReturnType<SalvageDeskApi[M]>>): void {
  (desk.api as unknown as Record<string, unknown>)[method] = async () => value;
}

describe('申請者控えを印刷', () => {
  it('is not offered for a draft', async () => {
    await openWizard(openCase(), 7);
    await screen.findByTestId('finalize');
    expect(screen.queryByRole('button', { name: '申請者控えを印刷' })).not.toBeInTheDocument();
  });

  it('prints the notice of this case as the current operator and says so', async () => {
    const { desk, id, user, button } = await openFinalizedReview();
    await user.click(button);
    expect(await screen.findByTestId('print-applicant-notice-status')).toHaveTextContent('申請者控えを印刷しました。申請者にお渡しください。');
    expect(desk.callsOf('printApplicantNotice')).toEqual([{ caseId: id, operator: '窓口 太郎' }]);
  });

  it('says when the print dialog was cancelled, and shows a failure in the error banner', async () => {
    const { desk, user, button } = await openFinalizedReview();
    answer(desk, 'printApplicantNotice', { ok: true, value: { printed: false } });
    await user.click(button);
    expect(await screen.findByTestId('print-applicant-notice-status')).toHaveTextContent('印刷は取り消されました。');
    answer(desk, 'printApplicantNotice', { ok: false, error: { code: 'io', message: { ja: 'プリンターに接続できません。', en: 'No printer.' }, issues: [] } });
    await user.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent('プリンターに接続できません。');
    expect(screen.getByTestId('print-applicant-notice-status')).toBeEmptyDOMElement();
  });

  it('is in English too, and its result follows a switch of language', async () => {
    const { user, button } = await openFinalizedReview();
    await user.click(button);
    expect(await screen.findByTestId('print-applicant-notice-status')).toHaveTextContent('申請者控えを印刷しました。');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('button', { name: "Print the applicant's notice" })).toBeInTheDocument();
    expect(screen.getByTestId('print-applicant-notice-status')).toHaveTextContent("The applicant's notice was printed. Hand it to the applicant.");
  });
});

describe('一覧を印刷', () => {
  it('prints the list with the filter and search shown on screen', async () => {
    const desk = createFakeDesk();
    renderApp(desk);
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('確定済み'));
    await user.type(screen.getByLabelText('検索(氏名・UTokyo Account・案件番号)'), ' 花子 ');
    await user.click(screen.getByRole('button', { name: '一覧を印刷' }));
    expect(await screen.findByTestId('print-case-list-status')).toHaveTextContent('表示中の案件一覧を印刷しました。');
    expect(desk.callsOf('printCaseList')).toEqual([{ status: ['finalized', 'awaiting-hand-off', 'queued'], query: '花子', operator: '窓口 太郎' }]);
  });

  it('prints every listed status without a search when nothing is filtered', async () => {
    const desk = createFakeDesk();
    renderApp(desk);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '一覧を印刷' }));
    await waitFor(() => expect(desk.callsOf('printCaseList')).toHaveLength(1));
    expect(desk.callsOf('printCaseList')[0]).toEqual({ status: ['draft', 'finalized', 'awaiting-hand-off', 'queued', 'sending', 'needs-attention', 'handed-over', 'delivered', 'closed-not-verified'], operator: '窓口 太郎' });
  });
});
