// The case list shows each case's name, status and deadline from its summary (no case's full input
// crosses to the screen); a draft opened from it still reopens at its first unfinished step, and a
// finalized case on its review.
import { test, expect } from '../support/fixtures';
import { openWindowDeparture, startAsOperator, stepHeading } from '../support/case-flow';
import { completeCase } from '../../../tools/fixtures/case-fixtures';

test('a draft opened from the case list reopens where it stopped; a finalized case on its review', async ({ page, preview }) => {
  const c = completeCase();
  const eligibility = { ...c.eligibility, departureDate: openWindowDeparture() };
  // Step 1 answered, the identity check (step 2 on) not yet.
  await preview.value('cases:create-case', { input: { eligibility, applicant: { ...c.applicant, name: '下書 途中子' } }, operator: '窓口 太郎' });
  const done = await preview.value('cases:create-case', { input: { ...c, eligibility, applicant: { ...c.applicant, name: '確定 済子', utokyoAccount: '2234567890' } }, operator: '窓口 太郎' });
  await preview.value('cases:finalize-case', { id: done.id, operator: '窓口 太郎' });
  await startAsOperator(page, preview);
  await expect(page.getByTestId('case-row')).toHaveCount(2);
  const finalizedRow = page.getByTestId('case-row').filter({ hasText: '確定 済子' });
  await expect(finalizedRow).toContainText(/残り\s*\d+\s*日/);
  await page.screenshot({ path: test.info().outputPath('case-list-ja.png') });

  await page.getByRole('link', { name: '下書 途中子' }).click();
  await expect(page).toHaveURL(/#\/case\/[\w-]+\/2$/);
  await expect(stepHeading(page)).toContainText('確認方法と書類');

  await page.getByRole('link', { name: '案件一覧' }).click();
  await page.getByRole('link', { name: '確定 済子' }).click();
  await expect(page).toHaveURL(new RegExp(`#/case/${done.id}/7$`));
});
