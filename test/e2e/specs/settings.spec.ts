// Settings against the real core and desk: the key fingerprint, "test connection" to the
// receiver, and the exports (public key, backup, ledger), which the preview writes to its output
// folder in place of a save dialog.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../support/fixtures';
import { startAsOperator } from '../support/case-flow';

test('settings shows the key, tests the connection and exports key, backup and ledger', async ({ page, preview }) => {
  await startAsOperator(page, preview);
  await page.getByRole('link', { name: '設定' }).click();
  const { thumbprint } = await preview.value('keys:get-public-key', {});
  await expect(page.getByTestId('thumbprint')).toHaveText(thumbprint.match(/.{1,4}/g)!.join(' ')); // grouped as the desk's page shows it

  await page.getByRole('button', { name: '接続を確認' }).click();
  await expect(page.getByTestId('connection-result')).toHaveClass(/banner-ok/);

  await page.getByRole('button', { name: '公開鍵を書き出す(サポート窓口への登録用)' }).click();
  await expect(page.getByText('公開鍵を書き出しました。')).toBeVisible();

  await page.getByRole('button', { name: 'バックアップを書き出す' }).click();
  await expect(page.getByText('パスフレーズは8文字以上にしてください。')).toBeVisible();
  await page.getByLabel('バックアップのパスフレーズ(8文字以上)').fill('correct horse battery');
  await page.getByRole('button', { name: 'バックアップを書き出す' }).click();
  await expect(page.getByText('バックアップを書き出しました。')).toBeVisible();

  await page.getByRole('button', { name: '台帳を書き出す' }).click();
  await expect(page.getByText('台帳を書き出しました。')).toBeVisible();

  const files = readdirSync(path.join(preview.dataDir, 'output'));
  expect(files.length).toBeGreaterThanOrEqual(3);
});

test('a first run goes to Settings, and saving the department and staff leads to the operator choice', async ({ page, preview }) => {
  // Start from an empty staff list, as on a new PC.
  await preview.value('settings:update-settings', { patch: { staff: [] }, operator: '窓口 太郎' });
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { level: 1, name: '設定' })).toBeVisible();
  await expect(page.getByText('初めに、この端末を使う部局と担当者を登録してください。')).toBeVisible();
  await page.getByLabel('この端末の部局').selectOption('gs-frontier');
  await page.getByRole('button', { name: '担当者を追加' }).click();
  await page.getByLabel('氏名').fill('柏 次郎');
  await page.getByLabel('役職').fill('教務係');
  await page.getByTestId('save-settings').click();
  await page.getByRole('button', { name: '柏 次郎(教務係)として始める' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '案件一覧' })).toBeVisible();
  const settings = await preview.value('settings:get-settings', {});
  expect(settings.department).toEqual({ code: 'gs-frontier', name: '新領域創成科学研究科' });
  expect(settings.staff).toEqual([{ name: '柏 次郎', role: '教務係' }]);
});
