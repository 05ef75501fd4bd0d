// Small things staff notice: every confirmation is the same inline kind (never a native dialog —
// discarding a draft included), a finalized case says it is locked, and a name in the case list
// never breaks inside a family or given name.
import { test, expect } from '../support/fixtures';
import { finalize, fillCompleteCase, newCase, startAsOperator } from '../support/case-flow';
import { completeCase } from '../../../tools/fixtures/case-fixtures';

test('discarding a draft asks inline; cancel keeps it, yes discards it; no native dialog ever opens', async ({ page, preview }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await startAsOperator(page, preview);
  const id = await newCase(page);
  await page.getByTestId('discard').click();
  const box = page.getByTestId('confirm-discard-box');
  await expect(box).toContainText('この下書きを破棄しますか?この操作は元に戻せません。');
  await expect(box.getByRole('button', { name: 'キャンセル' })).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('discard-confirm-ja.png') });
  await box.getByRole('button', { name: 'キャンセル' }).click();
  await expect(page.getByTestId('discard')).toBeFocused();
  expect((await preview.value('cases:get-case', { id })).status).toBe('draft');
  await page.getByTestId('discard').click();
  await page.getByTestId('confirm-discard').click();
  await expect(page.getByRole('heading', { level: 1, name: '案件一覧' })).toBeVisible();
  expect((await preview.value('cases:get-case', { id })).status).toBe('discarded');
  expect(dialogs).toEqual([]);
});

test('a finalized case says it is locked, not how to finalize it', async ({ page, preview }) => {
  await startAsOperator(page, preview);
  await newCase(page);
  await fillCompleteCase(page);
  await expect(page.getByTestId('review-lead')).toContainText('内容を確認してから確定します');
  await finalize(page);
  await expect(page.getByTestId('review-lead')).toContainText('この案件は確定済みです');
  await expect(page.getByTestId('review-lead')).not.toContainText('内容を確認してから確定します');
  await page.reload();
  await expect(page.getByTestId('review-lead')).toContainText(/この案件は確定済みです\(案件番号 [\w-]+\)/);
});

test.describe('a narrow window', () => {
  test.use({ viewport: { width: 910, height: 768 } });
  test('a name in the case list breaks only between family and given name', async ({ page, preview }) => {
    const c = completeCase();
    await preview.value('cases:create-case', { input: { ...c, applicant: { ...c.applicant, name: '鈴木 太郎' } }, operator: '窓口 太郎' });
    await preview.value('cases:create-case', { input: { ...c, applicant: { ...c.applicant, name: '長谷川 美千代子', utokyoAccount: '2234567890' } }, operator: '窓口 太郎' });
    await startAsOperator(page, preview);
    const links = page.locator('[data-testid="case-row"] td:nth-child(2) a');
    await expect(links).toHaveCount(2);
    for (const link of await links.all()) {
      // The top of every character: within one name part they must all sit on the same line.
      const parts = await link.evaluate((el) => {
        const text = el.firstChild as Text;
        const tops: number[] = [];
        for (let i = 0; i < text.length; i++) {
          const r = document.createRange();
          r.setStart(text, i);
          r.setEnd(text, i + 1);
          tops.push(Math.round(r.getBoundingClientRect().top));
        }
        return { text: text.data, tops };
      });
      let start = 0;
      for (const word of parts.text.split(' ')) {
        const tops = parts.tops.slice(start, start + word.length);
        expect(new Set(tops).size, `${word} is not broken across lines`).toBe(1);
        start += word.length + 1;
      }
    }
  });
});
