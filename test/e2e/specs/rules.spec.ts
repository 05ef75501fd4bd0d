// What the counter must refuse, and what must survive: an expired case cannot be finalized and
// says why; a My Number typed into the reason is refused and never stored; switching language
// keeps what was typed; a reload keeps it too.
import { test, expect } from '../support/fixtures';
import { applicant, fillApplicant, fillMethod, fillRoute, newCase, next, startAsOperator, stepHeading } from '../support/case-flow';

test('a case past the deadline stops at step 1 and cannot be finalized, saying why', async ({ page, preview }) => {
  await startAsOperator(page, preview);
  const caseId = await newCase(page);
  await fillRoute(page, '2025-03-31'); // expiry 2025-04-01, deadline 2025-09-28
  const stop = page.getByTestId('stop');
  await expect(stop).toContainText('申請期限(2025-09-28、失効後180日)を');
  await expect(stop).toContainText('期限後は申請できません');
  await expect(stop).toContainText('申請者に案内すること');
  await expect(page.getByRole('button', { name: '次へ' })).toHaveCount(0);

  // The later steps are not offered; the review leads with the stop and refuses to finalize.
  for (const step of ['method', 'checklist', 'applicant', 'request', 'consent']) await expect(page.getByTestId(`step-${step}`)).toBeDisabled();
  await page.getByTestId('step-review').click();
  await expect(stepHeading(page)).toContainText('確認と確定');
  await expect(page.locator('.step-review > .banner').first()).toHaveAttribute('data-testid', 'stop');
  await expect(page.getByTestId('review-errors')).toContainText('申請期限(2025-09-28、失効後180日)を');
  await expect(page.getByTestId('finalize')).toBeDisabled();
  expect((await preview.value('cases:get-case', { id: caseId })).status).toBe('draft');
  const attempt = await preview.call('cases:finalize-case', { id: caseId, operator: '窓口 太郎' });
  expect(attempt.ok).toBe(false);
});

test('a My Number typed into the reason is refused with an explanation and never saved', async ({ page, preview }) => {
  await startAsOperator(page, preview);
  const caseId = await newCase(page);
  await page.getByTestId('step-request').click();
  const reason = page.getByLabel('救出が必要な理由');
  await reason.fill('就職先に提出する在学中の研究成果のデータが必要なため。番号 1234-5678-9012');
  await reason.blur();
  await expect(page.getByTestId('error-request.reason')).toContainText('マイナンバー');
  await expect(page.getByTestId('error-request.reason')).toContainText('記録・複写・撮影できません');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'blocked');
  await expect(reason).toHaveValue(/1234-5678-9012/); // still on screen, so staff can remove it
  const saved = await preview.value('cases:get-case', { id: caseId });
  expect(JSON.stringify(saved.input)).not.toContain('1234-5678-9012');
  expect(JSON.stringify(saved.input)).not.toContain('123456789012');

  await reason.fill('就職先に提出する在学中の研究成果のデータが必要なため。');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('error-request.reason')).toHaveCount(0);
  expect((await preview.value('cases:get-case', { id: caseId })).input.request?.reason).toBe('就職先に提出する在学中の研究成果のデータが必要なため。');
});

test('switching ja ⇄ en keeps typed data, and a reload keeps it too', async ({ page, preview }) => {
  await startAsOperator(page, preview);
  const caseId = await newCase(page);
  await fillRoute(page);
  await next(page, '確認方法と書類');
  await fillMethod(page, 'in-person');
  await page.getByTestId('step-applicant').click();
  await fillApplicant(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(stepHeading(page)).toContainText('Applicant');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(applicant.name);
  await expect(page.getByLabel('E-mail again (to confirm)')).toHaveValue(applicant.email);
  await page.getByTestId('step-route').click();
  await expect(page.getByLabel('UTokyo Account (10 digits)')).toHaveValue(applicant.account);
  await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'The applicant has no My Number card' })).toBeChecked();

  await page.getByRole('button', { name: '日本語' }).click();
  await expect(stepHeading(page)).toContainText('申請経路の確認');
  await expect(page.getByRole('radio', { name: 'はい' })).toBeChecked();

  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await page.getByTestId('step-applicant').click();
  await expect(page.getByLabel('氏名', { exact: true })).toHaveValue(applicant.name);
  await expect(page.getByLabel('本人連絡先メールアドレス')).toHaveValue(applicant.email);
  expect((await preview.value('cases:get-case', { id: caseId })).input.applicant?.studentNumber).toBe(applicant.studentNumber);
});
