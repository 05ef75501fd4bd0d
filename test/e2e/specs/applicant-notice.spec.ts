// The applicant's notice and the printed case list in the real renderer against the preview (the
// preview has no printer: "print" writes the PDF into its output folder, named without personal
// data). The notice names the case and the deadline and carries no reason text.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../support/fixtures';
import { applicant, chooseMailForm, fillCompleteCase, finalize, newCase, startAsOperator } from '../support/case-flow';

test('a finalized case prints the applicant notice; the case list prints the filter on screen', async ({ page, preview }, info) => {
  await startAsOperator(page, preview);
  // The mail form: the finalized case waits for its hand-off (the preview's endpoint would deliver it at once).
  await chooseMailForm(page);
  await page.getByRole('link', { name: '案件一覧' }).click();
  const caseId = await newCase(page);
  await fillCompleteCase(page, 'in-person');
  await expect(page.getByText('すべての確認項目を満たしています。確定できます。')).toBeVisible();
  await expect(page.getByRole('button', { name: '申請者控えを印刷' })).toHaveCount(0);
  await finalize(page);

  await page.getByRole('button', { name: '申請者控えを印刷' }).click();
  await expect(page.getByTestId('print-applicant-notice-status')).toHaveText('申請者控えを印刷しました。申請者にお渡しください。');
  await page.screenshot({ path: info.outputPath('review-notice-ja.png'), fullPage: true });
  const view = await preview.value('cases:get-case', { id: caseId });
  const output = path.join(preview.dataDir, 'output');
  const file = `print-${view.caseNumber}-applicant-notice.pdf`;
  expect(readdirSync(output)).toContain(file);
  const text = execFileSync('pdftotext', [path.join(output, file), '-'], { encoding: 'utf8' });
  expect(text).toContain(view.caseNumber);
  expect(text).toContain('申請者控え');
  expect(text.replace(/\s+/g, '')).not.toContain(applicant.reason.replace(/\s+/g, '').slice(0, 12));

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: "Print the applicant's notice" })).toBeVisible();
  await page.screenshot({ path: info.outputPath('review-notice-en.png'), fullPage: true });
  await page.getByRole('button', { name: '日本語' }).click();

  await page.getByRole('link', { name: '案件一覧' }).click();
  await page.getByLabel('確定済み').check();
  await page.getByRole('button', { name: '一覧を印刷' }).click();
  await expect(page.getByTestId('print-case-list-status')).toHaveText('表示中の案件一覧を印刷しました。');
  await page.screenshot({ path: info.outputPath('case-list-ja.png'), fullPage: true });
  const list = readdirSync(output).find((f) => /^print-case-list-\d{4}-\d{2}-\d{2}\.pdf$/.test(f));
  expect(list).toBeDefined();
  const listText = execFileSync('pdftotext', [path.join(output, list ?? ''), '-'], { encoding: 'utf8' });
  expect(listText).toContain(view.caseNumber);
  expect(listText).toContain('確定済み');
  expect(listText).toContain('未送付(メールフォーム)'); // its item was made with 確定
});
