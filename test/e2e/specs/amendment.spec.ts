// A correction after delivery: recorded as an amendment on the review step (by the operator,
// with a reason), listed in the history and stored by the core, while the signed request already
// delivered to the desk stays byte for byte what it was.
import { test, expect } from '../support/fixtures';
import { applicant, fillCompleteCase, finalizeAndSend, newCase, startAsOperator } from '../support/case-flow';

test('a delivered case gets an amendment; the history shows it and the delivered request is unchanged', async ({ page, preview }) => {
  await startAsOperator(page, preview);
  const caseId = await newCase(page);
  await fillCompleteCase(page, 'in-person');
  await finalizeAndSend(page);
  await expect(page.getByTestId('case-outbox-state')).toHaveAttribute('data-state', 'delivered', { timeout: 20_000 });

  const before = (await preview.value('outbox:list-outbox', {})).find((i) => i.caseId === caseId && i.kind === 'request');
  expect(before?.state).toBe('delivered');
  const delivered = preview.deskSubmissions();
  expect(delivered).toHaveLength(1);

  await expect(page.getByTestId('amend-sent-note')).toContainText('訂正しても、その申請の内容は変わりません');
  await expect(page.getByTestId('amend-history-empty')).toBeVisible();
  await page.getByLabel('訂正する項目').selectOption({ label: '氏名' });
  await expect(page.getByTestId('amend-current')).toContainText(applicant.name);
  await page.getByLabel('訂正後の値').fill('東大 華子');
  await page.getByLabel('訂正の理由').fill('申請者からの申し出(漢字の誤記)');
  await page.getByRole('button', { name: '訂正を記録する' }).click();

  await expect(page.getByTestId('amend-notice')).toHaveText('訂正を記録しました(No. 1: 氏名)。');
  const entry = page.getByTestId('amend-history').getByRole('listitem');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(`${applicant.name} → 東大 華子`);
  await expect(entry).toContainText('申請者からの申し出(漢字の誤記)');
  await expect(entry).toContainText('窓口 太郎');
  await expect(page.getByLabel('訂正の理由')).toHaveValue('');

  const view = await preview.value('cases:get-case', { id: caseId });
  expect(view.status).toBe('delivered');
  expect(view.input.applicant?.name).toBe('東大 華子');
  expect(view.amendments).toEqual([expect.objectContaining({
    field: 'applicant.name', oldValue: applicant.name, value: '東大 華子', reason: '申請者からの申し出(漢字の誤記)', by: '窓口 太郎',
  })]);

  // The request the desk already holds is not touched: same outbox item, same bytes, nothing re-sent.
  const items = await preview.value('outbox:list-outbox', {});
  const after = items.find((i) => i.caseId === caseId && i.kind === 'request');
  expect(after).toEqual(before);
  expect(after?.payloadSha256).toBe(before?.payloadSha256);
  expect(preview.deskSubmissions().filter((s) => s.submissionId === before?.id)).toEqual(delivered);
  // The correction itself goes to the desk as its own signed notice on the same channel.
  expect(items.filter((i) => i.caseId === caseId && i.kind === 'amendment')).toEqual([
    expect.objectContaining({ amendsSubmissionId: before?.id, channel: 'endpoint', caseNumber: before?.caseNumber }),
  ]);

  // The history is the core's, not the page's: it is still there after a reload, in English too.
  await page.reload();
  await page.getByRole('button', { name: 'English' }).click();
  const history = page.getByRole('region', { name: 'Amendment history' });
  await expect(history.getByRole('listitem')).toContainText(`Name`);
  await expect(history.getByRole('listitem')).toContainText(`${applicant.name} → 東大 華子`);
  await expect(page.getByTestId('amend-sent-note')).toContainText('An amendment does not change that request');
});
