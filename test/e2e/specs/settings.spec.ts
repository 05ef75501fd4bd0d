// Settings against the real core and desk: the key fingerprint, "test connection" to the
// receiver, and the exports (public key, backup, ledger), which the preview writes to its output
// folder in place of a save dialog.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
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

  // The passphrase twice: too short, then two that differ, each refused beside its field.
  const backup = page.getByRole('region', { name: 'バックアップと復元' });
  const ledger = page.getByRole('region', { name: '台帳' });
  const passphrase = page.getByLabel('バックアップのパスフレーズ(8文字以上)');
  const again = page.getByLabel('パスフレーズ(確認のためもう一度)');
  await page.getByRole('button', { name: 'バックアップを書き出す' }).click();
  await expect(page.getByTestId('s-passphrase-error')).toHaveText('パスフレーズは8文字以上にしてください。');
  await expect(passphrase).toBeFocused();
  await passphrase.fill('correct horse battery');
  await again.fill('correct horse batterx');
  await page.getByRole('button', { name: 'バックアップを書き出す' }).click();
  await expect(page.getByTestId('s-passphrase-confirm-error')).toContainText('一致しません');
  await expect(again).toBeFocused();
  expect(readdirSync(path.join(preview.dataDir, 'output')).filter((f) => f.includes('backup'))).toEqual([]);
  await again.fill('correct horse battery');
  await page.getByRole('button', { name: 'バックアップを書き出す' }).click();
  // The message sits under its own heading, and the passphrase leaves the screen.
  await expect(backup.getByTestId('backup-status')).toHaveText('バックアップを書き出しました。');
  await expect(ledger.getByTestId('ledger-status')).toHaveText('');
  await expect(passphrase).toHaveValue('');
  await expect(again).toHaveValue('');

  await expect(ledger).toContainText('台帳は、確定した案件の一覧');
  await ledger.getByRole('button', { name: '台帳を書き出す' }).click();
  await expect(ledger.getByTestId('ledger-status')).toHaveText('台帳を書き出しました。');
  await expect(backup.getByTestId('backup-status')).not.toContainText('台帳');

  const files = readdirSync(path.join(preview.dataDir, 'output'));
  expect(files.length).toBeGreaterThanOrEqual(3);
});

test('a first run is one guided setup: errors beside their fields and in view, no internal names, then the operator choice', async ({ page, preview }) => {
  // Start from an empty staff list, as on a new PC.
  await preview.value('settings:update-settings', { patch: { staff: [] }, operator: '窓口 太郎' });
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { level: 1, name: '設定' })).toBeVisible();
  await expect(page.getByText('初めに、この端末を使う部局と担当者を登録してください。')).toBeVisible();
  // Only the setup: no separate 送付先 save that could run before the department is saved.
  await expect(page.getByTestId('save-delivery')).toHaveCount(0);
  await page.getByLabel('この端末の部局').selectOption('');
  await page.getByRole('radio', { name: '送信先URL' }).check();
  await page.getByLabel('送付先(uteleconサポート窓口)の URL').fill('');
  await page.getByTestId('save-setup').click();
  for (const [id, text] of [['s-department-error', 'この端末の部局を選んでください。'], ['s-staff-0-name-error', '担当者の氏名を入力してください。']] as const) {
    const error = page.locator(`#${id}`);
    await expect(error).toHaveText(text);
  }
  await expect(page.locator('#setup-endpoint-error')).toContainText('URL');
  // The first error takes focus and is on screen.
  await expect(page.getByLabel('この端末の部局')).toBeFocused();
  await expect(page.locator('#s-department-error')).toBeInViewport();
  await expect(page.locator('body')).not.toContainText('setup');
  await page.screenshot({ path: test.info().outputPath('first-run-errors-ja.png'), fullPage: true });

  await page.getByLabel('この端末の部局').selectOption('gs-frontier');
  await page.getByLabel('氏名').fill('柏 次郎');
  await page.getByLabel('役職').fill('教務係');
  await page.getByRole('radio', { name: 'メールフォーム(既定)' }).check();
  await page.getByTestId('save-setup').click();
  await page.getByRole('button', { name: '柏 次郎(教務係)として始める' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '案件一覧' })).toBeVisible();
  const settings = await preview.value('settings:get-settings', {});
  expect(settings.department).toEqual({ code: 'gs-frontier', name: '新領域創成科学研究科' });
  expect(settings.staff).toEqual([{ name: '柏 次郎', role: '教務係' }]);
  expect(settings.deliveryChannel).toBe('mail-form');
});

test('Settings saves the desk’s verifier page that ships with the app and shows its SHA-256; no developer command on screen', async ({ page, preview }) => {
  await startAsOperator(page, preview);
  await page.getByRole('link', { name: '設定' }).click();
  const panel = page.getByRole('region', { name: 'デスク用の検証ページ' });
  const shown = panel.getByTestId('verifier-sha256');
  await expect(shown).toHaveText(/^[0-9a-f]{64}$/, { timeout: 60_000 });
  await panel.getByRole('button', { name: 'デスク用の検証ページを保存' }).click();
  await expect(panel.getByTestId('verifier-page-status')).toContainText('検証ページを保存しました。');
  const saved = readFileSync(path.join(preview.dataDir, 'output', 'salvage-desk-verifier.html'));
  expect(createHash('sha256').update(saved).digest('hex')).toBe(await shown.textContent());
  expect(saved.toString('utf8')).toContain("default-src 'none'");
  await expect(page.locator('main')).not.toContainText('npm run');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('main')).not.toContainText('npm run');
  await expect(page.getByRole('button', { name: 'Save the verifier page for the desk' })).toBeVisible();
});
