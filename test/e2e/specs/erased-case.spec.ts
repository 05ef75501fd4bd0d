// A case whose personal data retention erased: the case list says 消去済み where the name was, its
// screen shows only what is left (no form, nothing to edit), and the app refuses a write to it.
import { test, expect } from '../support/fixtures';
import { startAsOperator } from '../support/case-flow';

const OPERATOR = '窓口 太郎';

test('an erased draft is listed as 消去済み, opens without a form, and refuses an edit', async ({ page, preview }, info) => {
  // A draft whose deadline passed long ago: due for erasure at once.
  const draft = await preview.value('cases:create-case', { input: { applicant: { name: '消去 待子' }, eligibility: { departureDate: '2020-01-31' } }, operator: OPERATOR });
  expect((await preview.value('retention:purge-now', { operator: OPERATOR })).purged).toBeGreaterThanOrEqual(1);

  await startAsOperator(page, preview);
  const row = page.getByTestId('case-row').filter({ has: page.getByTestId('erased') });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('erased')).toHaveText('消去済み');
  await expect(page.getByText('消去 待子')).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('erased-in-list-ja.png'), fullPage: true });
  await row.getByRole('link', { name: '消去済み' }).click();

  const erased = page.getByTestId('erased-case');
  await expect(erased).toContainText('保存期間が過ぎたため、この案件の個人情報は');
  await expect(erased).toContainText('表示も編集もできません');
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('erased-case-ja.png'), fullPage: true });

  const edit = await preview.call('cases:update-case', { id: draft.id, patch: { applicant: { name: '二度目 花子' } }, operator: OPERATOR });
  expect(edit.ok ? null : edit.error.code).toBe('purged');
  expect((await preview.value('cases:get-case', { id: draft.id })).input).toEqual({});

  await erased.getByRole('button', { name: '案件一覧' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '案件一覧' })).toBeVisible();
});
