// The department profile in the real UI against the real core: export writes
// <department>.salvage-profile.json (the preview's output folder stands in for the save dialog);
// an edited copy there is "opened" by import, which lists the changes and applies them on
// confirmation; a file with a secret in it is refused with the field named, changing nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../support/fixtures';
import { startAsOperator } from '../support/case-flow';

test('export, then import an edited profile: the changes are listed and applied on confirmation', async ({ page, preview }) => {
  await startAsOperator(page, preview);
  await page.getByRole('link', { name: '設定' }).click();
  await page.getByRole('button', { name: '設定を書き出す' }).click();
  await expect(page.getByText('設定ファイルを書き出しました。')).toBeVisible();
  const exported = path.join(preview.dataDir, 'output', 'engineering.salvage-profile.json');
  const profile = JSON.parse(readFileSync(exported, 'utf8')) as Record<string, unknown>;
  expect(profile).toMatchObject({ format: 'salvage-desk-profile', version: 1, department: { code: 'engineering' } });

  writeFileSync(path.join(preview.dataDir, 'output', 'edited.salvage-profile.json'), JSON.stringify({ ...profile, retentionDays: 730 }));
  await page.getByRole('button', { name: '設定ファイルを読み込む…' }).click();
  const changes = page.getByRole('group', { name: '「edited.salvage-profile.json」を読み込むと、次の設定が変わります。' });
  await expect(changes.getByRole('row', { name: /個人情報の保存期間\s*365日\s*730日/ })).toBeVisible();
  await page.getByTestId('profile-panel').screenshot({ path: test.info().outputPath('profile-preview.png') });
  await changes.getByRole('button', { name: 'この内容で読み込む' }).click();
  await expect(page.getByText('設定ファイルを読み込みました。')).toBeVisible();
  await expect(page.getByLabel('個人情報の保存期間(送付後の日数)')).toHaveValue('730');
  expect((await preview.value('settings:get-settings', {})).retentionDays).toBe(730);

  writeFileSync(path.join(preview.dataDir, 'output', 'z-secret.salvage-profile.json'), JSON.stringify({ ...profile, privateKey: 'x' }));
  await page.getByRole('button', { name: '設定ファイルを読み込む…' }).click();
  await expect(page.getByRole('alert')).toContainText('項目「privateKey」');
  await page.getByTestId('profile-panel').screenshot({ path: test.info().outputPath('profile-invalid.png') });
  expect((await preview.value('settings:get-settings', {})).retentionDays).toBe(730);
});
