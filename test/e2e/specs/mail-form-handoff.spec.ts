// With the mail-form channel (the default) and the desk's prefilled-link
// template set in Settings, a case goes from a new draft to handed-over. The URL the app opens
// carries the expected values and a 検証コード that verifies; the outbox, the case list and the
// ledger show the hand-off; an endpoint configured afterwards receives nothing.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../support/fixtures';
import { applicant, chooseMailForm, fillCompleteCase, finalize, newCase, startAsOperator } from '../support/case-flow';
import { verifyPasted } from '../../../src-shared/protocol/verify';
import { readRegistryFile } from '../../../tools/desk';

// What the desk makes once with Google Forms' "Get pre-filled link": placeholders typed as answers,
// handed back percent-encoded.
const TEMPLATE = 'https://docs.google.com/forms/d/e/1FAIpQLSdeskform/viewform?usp=pp_url'
  + '&entry.1001=%7B%7BcaseNumber%7D%7D&entry.1002=%7B%7BapplicantName%7D%7D'
  + '&entry.1003=%7B%7ButokyoAccount%7D%7D&entry.1004=%7B%7BrequestText%7D%7D';
const REFERENCE = 'R-2026-0042';

test('a mail-form case goes from a new draft to handed-over; a later endpoint receives nothing', async ({ page, preview }) => {
  await startAsOperator(page, preview);
  const output = path.join(preview.dataDir, 'output');

  await chooseMailForm(page, TEMPLATE);

  await page.getByRole('link', { name: '案件一覧' }).click();
  const caseId = await newCase(page);
  await fillCompleteCase(page);
  await finalize(page);
  const handOff = page.getByTestId('next-step-hand-off');
  await expect(handOff).toHaveAttribute('data-done', 'false');
  // Counted from 確定 on, before the form is opened.
  await expect(page.getByTestId('outbox-count')).toHaveText('未送付 1 件');
  await page.getByTestId('open-mail-form').click();
  await expect(page.getByTestId('review-notice')).toContainText('メールフォームをブラウザで開きました');
  await expect(page.getByTestId('case-outbox-state')).toHaveAttribute('data-state', 'awaiting-hand-off');

  // The prefilled URL, as the system browser would get it.
  const view = await preview.value('cases:get-case', { id: caseId });
  const opened = new URL(readFileSync(path.join(output, 'mail-form-url.txt'), 'utf8'));
  expect(opened.origin + opened.pathname).toBe('https://docs.google.com/forms/d/e/1FAIpQLSdeskform/viewform');
  expect(opened.searchParams.get('entry.1001')).toBe(view.caseNumber);
  expect(opened.searchParams.get('entry.1002')).toBe(applicant.name);
  expect(opened.searchParams.get('entry.1003')).toBe(applicant.account);
  const block = opened.searchParams.get('entry.1004') ?? '';
  expect(block).toContain(`${view.caseNumber}`);
  // The desk's check (the same module as the CLI, the receiver and the page): the 検証コード
  // verifies and every labelled line of the block matches the signed payload.
  const verdict = await verifyPasted(block, readRegistryFile(path.join(preview.dataDir, 'desk', 'department.jwks.json')));
  expect(verdict.ok, verdict.ok ? '' : verdict.code).toBe(true);
  if (verdict.ok && verdict.kind === 'request') {
    expect(verdict.comparison.compared).toBe(true);
    expect(verdict.payload.caseNumber).toBe(view.caseNumber);
    expect(verdict.payload.submissionId).toBe(view.submissionId);
    expect(verdict.payload.applicant.name).toBe(applicant.name);
  }

  // 送付済みにする with the number from the desk's auto-reply mail.
  await page.getByTestId('mark-handed-over').click();
  await page.getByLabel('受付番号(フォーム自動返信)(任意)').fill(REFERENCE);
  await page.getByRole('button', { name: 'はい、送付済みにする' }).click();
  await expect(handOff).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('case-outbox-state')).toHaveAttribute('data-state', 'handed-over');
  await expect(page.getByTestId('case-outbox-state')).toContainText(`受付番号(フォーム自動返信): ${REFERENCE}`);
  expect((await preview.value('cases:get-case', { id: caseId })).status).toBe('handed-over');

  // The outbox and the case list show who handed it over, when, and the desk's number.
  await page.getByRole('link', { name: '未送付', exact: true }).click();
  const item = page.getByTestId('outbox-item');
  await expect(item).toHaveAttribute('data-state', 'handed-over');
  await expect(item.getByTestId('hand-off-facts')).toContainText(`送付済み(メールフォーム) — 窓口 太郎`);
  await expect(item.getByTestId('hand-off-facts')).toContainText(REFERENCE);
  await expect(page.getByTestId('outbox-count')).toHaveText('未送付 0 件');
  await page.getByRole('link', { name: '案件一覧' }).click();
  const row = page.getByTestId('case-row').filter({ hasText: view.caseNumber! });
  await expect(row).toContainText('送付済み(メールフォーム)');
  await expect(row).toContainText(REFERENCE);

  await page.getByRole('link', { name: '設定' }).click();

  // Now the desk's endpoint (the preview's --desk receiver) is configured: nothing goes to it.
  await page.getByRole('radio', { name: '送信先URL' }).check();
  await expect(page.getByLabel('送付先(uteleconサポート窓口)の URL')).not.toHaveValue('');
  await page.getByTestId('save-delivery').click();
  await expect(page.getByTestId('delivery-status')).toContainText('送付先を保存しました。');
  await expect(page.getByTestId('awaiting-question')).toHaveCount(0);
  await page.getByRole('link', { name: '未送付', exact: true }).click();
  // Nothing waits on the endpoint: 今すぐすべて送信 cannot be pressed (never a green 「0件送信しました」).
  await expect(page.getByRole('button', { name: '今すぐすべて送信' })).toBeDisabled();
  await expect(page.getByTestId('outbox-item')).toHaveAttribute('data-state', 'handed-over');
  expect(preview.deskSubmissions()).toEqual([]);

  // The ledger (the preview writes it to its output folder).
  await page.getByRole('link', { name: '設定' }).click();
  await page.getByRole('button', { name: '台帳を書き出す' }).click();
  await expect(page.getByText('台帳を書き出しました。')).toBeVisible();
  const ledgerFile = readdirSync(output).find((f) => f.startsWith('salvage-desk-ledger-'));
  const ledger = readFileSync(path.join(output, ledgerFile!), 'utf8');
  const ledgerRow = ledger.split(/\r?\n/).find((l) => l.startsWith(view.caseNumber!)) ?? '';
  expect(ledgerRow).toContain('送付済み(メールフォーム)');
  expect(ledgerRow).toContain('メールフォーム');
  expect(ledgerRow).toContain(REFERENCE);
});
