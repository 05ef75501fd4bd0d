// The desk's verifier page, built fresh and opened from disk (file://) in Chromium as the desk
// would: load the registry, paste, verify. The verdict is in words (who confirmed what, or do not
// accept, why, what next) with the code in data-reason; registry upkeep works in the page and
// survives a reload; the page makes no network request at all.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { CompactSign } from 'jose';
import { mailFormText } from '../../../src-shared/protocol';
import { buildDeskVerifier } from '../../../tools/desk-verifier/build';
import { samplePayload } from '../../../tools/fixtures/sample-payload';
import { b64json, tempDir, testDepartment, type TestDepartment } from '../../../tools/fixtures/desk-signing';

let pageUrl: string;
let dir: string;
let dept: TestDepartment;
let registryFile: string;

test.beforeAll(async () => {
  dir = tempDir('desk-verifier-e2e');
  pageUrl = pathToFileURL(await buildDeskVerifier(path.join(dir, 'salvage-desk-verifier.html'))).href;
  dept = await testDepartment();
  registryFile = path.join(dir, 'departments.jwks.json');
  writeFileSync(registryFile, JSON.stringify(dept.registry));
});

/** Every request the page makes, and anything that is not the page file itself is aborted. */
async function open(page: Page): Promise<string[]> {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.context().route('**/*', (route) => (route.request().url() === pageUrl ? route.continue() : route.abort()));
  await page.goto(pageUrl);
  await page.getByTestId('registry-file').setInputFiles(registryFile);
  await expect(page.getByTestId('registry-status')).toContainText('鍵 1 件');
  return requests;
}

async function verdictFor(page: Page, text: string) {
  await page.getByTestId('paste').fill(text);
  await page.getByTestId('verify').click();
  const verdict = page.getByTestId('verdict');
  await expect(verdict).toHaveAttribute('data-state', /verified|failed/);
  return verdict;
}

test('a genuine block verifies and shows department, fingerprint, time and the signed text; edits and forgeries are refused by name', async ({ page }) => {
  const requests = await open(page);
  const p = samplePayload();
  const jws = await dept.sign(p);
  const block = mailFormText(p, jws);

  let verdict = await verdictFor(page, `お世話になっております。\n${block}`);
  await expect(verdict).toHaveAttribute('data-state', 'verified');
  await expect(page.getByTestId('headline')).toHaveText('✔ 工学部の部局窓口が本人確認した申請です');
  await expect(page.getByTestId('next')).toContainText(`案件番号 ${p.caseNumber}`);
  await expect(verdict).toContainText('工学部 (engineering)');
  const fingerprint = page.getByTestId('fingerprint');
  await expect(fingerprint).toHaveText(dept.jwk.kid.match(/.{1,4}/g)!.join(' '));
  expect(await fingerprint.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/mono/i);
  await expect(verdict).toContainText(p.createdAt);
  await expect(page.getByTestId('outside')).toContainText('お世話になっております。');
  await expect(page.getByTestId('signed-text')).toContainText('氏名: 東大 花子');
  await expect(verdict).toBeInViewport();

  verdict = await verdictFor(page, block.replace('氏名: 東大 花子', '氏名：東大 太郎'));
  await expect(verdict).toHaveAttribute('data-reason', 'text-mismatch');
  await expect(page.getByTestId('headline')).toHaveText('✖ この申請を受け付けないでください');
  await expect(page.getByTestId('next')).toContainText('部局窓口に電話して');
  const row = page.getByTestId('differences').locator('tr[data-field="氏名"]');
  await expect(row.locator('td.pasted')).toHaveText('氏名：東大 太郎');
  await expect(row.locator('td.signed')).toHaveText('氏名: 東大 花子');
  await expect(page.getByTestId('reason-code')).toHaveText('判定コード: text-mismatch');

  const [h, payload, s] = jws.split('.') as [string, string, string];
  const i = Math.floor(payload.length / 2);
  const flipped = `${h}.${payload.slice(0, i)}${payload[i] === 'A' ? 'B' : 'A'}${payload.slice(i + 1)}.${s}`;
  await expect(await verdictFor(page, flipped)).toHaveAttribute('data-reason', 'bad-signature');

  const stranger = await testDepartment();
  await expect(await verdictFor(page, mailFormText(p, await stranger.sign(p)))).toHaveAttribute('data-reason', 'unknown-kid');

  const none = `${b64json({ alg: 'none', kid: dept.jwk.kid, typ: 'salvage-request+jws' })}.${b64json(p)}.`;
  await expect(await verdictFor(page, none)).toHaveAttribute('data-reason', 'wrong-alg');
  const hs256 = await new CompactSign(new TextEncoder().encode(JSON.stringify(p)))
    .setProtectedHeader({ alg: 'HS256', kid: dept.jwk.kid, typ: 'salvage-request+jws' }).sign(new TextEncoder().encode(dept.jwk.x));
  await expect(await verdictFor(page, hs256)).toHaveAttribute('data-reason', 'wrong-alg');

  expect(requests).toEqual([pageUrl]);
});

test('with no registry the verdict is no-registry in words; a registry opened once survives a reload', async ({ page }) => {
  await page.goto(pageUrl);
  const p = samplePayload();
  const block = mailFormText(p, await dept.sign(p));
  await expect(await verdictFor(page, block)).toHaveAttribute('data-reason', 'no-registry');
  await expect(page.getByTestId('why')).toContainText('登録簿が読み込まれていません');
  await page.getByTestId('registry-file').setInputFiles(registryFile);
  await expect(page.getByTestId('registry-status')).toContainText('鍵 1 件');
  await page.reload();
  await expect(page.getByTestId('registry-status')).toContainText('鍵 1 件');
  await expect(await verdictFor(page, block)).toHaveAttribute('data-state', 'verified');
});

test('the time received decides for a retired key; an impossible time is refused and the paste kept', async ({ page }) => {
  await page.goto(pageUrl);
  const retiredFile = path.join(dir, 'retired.jwks.json');
  writeFileSync(retiredFile, JSON.stringify({ keys: [{ ...dept.registry.keys[0], status: 'retired', retired_at: '2026-05-20T00:00:00Z', status_reason: '鍵の交代' }] }));
  await page.getByTestId('registry-file').setInputFiles(retiredFile);
  await expect(page.getByTestId('key-state')).toHaveText('廃止(交代) 2026-05-20T00:00:00Z — 鍵の交代');
  const p = samplePayload({ createdAt: '2026-05-11T10:15:00+09:00' });
  const block = mailFormText(p, await dept.sign(p));
  await page.getByTestId('received-at').fill('2026/06/10 9:03:12');
  await expect(await verdictFor(page, block)).toHaveAttribute('data-state', 'verified');
  await page.getByTestId('received-at').fill('2026/06/25 9:03:12');
  await expect(await verdictFor(page, block)).toHaveAttribute('data-reason', 'retired-key');
  await page.getByTestId('received-at').fill('2026/06/01 25:61:61');
  await page.getByTestId('verify').click();
  await expect(page.getByTestId('received-error')).toBeVisible();
  await expect(page.getByTestId('verdict')).not.toHaveAttribute('data-state', /./);
  await expect(page.getByTestId('paste')).toHaveValue(block);
});

test('the desk revokes a stolen key in the page: what is received after the revocation is refused, even backdated; bad input refused', async ({ page }) => {
  await open(page);
  const p = samplePayload({ createdAt: '2026-05-01T09:00:00+09:00' });
  const block = mailFormText(p, await dept.sign(p));
  await page.getByTestId('revoke-kid').selectOption(dept.jwk.kid);
  await page.getByTestId('revoke-at').fill('2026/05/12 25:00');
  await page.getByTestId('revoke-reason').fill('端末の盗難');
  await page.getByTestId('revoke').click();
  await expect(page.getByTestId('registry-status')).toHaveClass(/error/);
  await expect(page.getByTestId('revoke-reason')).toHaveValue('端末の盗難'); // nothing typed is lost
  await expect(page.getByTestId('revoke-kid')).toHaveValue(dept.jwk.kid);
  await page.getByTestId('revoke-at').fill('2026/05/12 9:00');
  await page.getByTestId('revoke').click();
  await expect(page.getByTestId('key-state')).toHaveText('失効(漏えい等) 2026-05-12T00:00:00.000Z — 端末の盗難');
  await page.getByTestId('received-at').fill('2026/05/12 8:59');
  await expect(await verdictFor(page, block)).toHaveAttribute('data-state', 'verified');
  await page.getByTestId('received-at').fill('2026/05/12 9:01');
  await expect(await verdictFor(page, block)).toHaveAttribute('data-reason', 'revoked-key');
  await expect(page.getByTestId('next')).toContainText('漏えいなどで失効');
  await page.reload();
  await expect(page.getByTestId('key-state')).toContainText('失効');
});

test('a megabyte of junk gets an answer', async ({ page }) => {
  const requests = await open(page);
  const junk = 'A'.repeat(512 * 1024) + 'a.'.repeat(256 * 1024);
  await page.getByTestId('paste').evaluate((el, v) => { (el as HTMLTextAreaElement).value = v; }, junk);
  await page.getByTestId('verify').click();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-state', 'failed');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-reason', 'malformed');
  expect(requests).toEqual([pageUrl]);
});

test('registry upkeep: a key added for another department signs nothing for engineering; removing a key; the downloaded registry holds the change', async ({ page }) => {
  const requests = await open(page);
  const law = await testDepartment();
  const exported = path.join(dir, 'law-public-key.jwks.json');
  writeFileSync(exported, JSON.stringify(law.jwks));
  await page.getByTestId('add-key-department').selectOption('law');
  await page.getByTestId('add-key-file').setInputFiles(exported);
  await expect(page.getByTestId('registry-status')).toContainText(`鍵 ${law.jwk.kid.match(/.{1,4}/g)!.join(' ')} を部局 law に登録しました`);

  const p = samplePayload(); // names engineering
  await expect(await verdictFor(page, mailFormText(p, await law.sign(p)))).toHaveAttribute('data-reason', 'wrong-department');

  // The same key again for a second department is refused, as desk:register refuses it.
  await page.getByTestId('add-key-department').selectOption('letters');
  await page.getByTestId('add-key-file').setInputFiles([]);
  await page.getByTestId('add-key-file').setInputFiles(exported);
  await expect(page.getByTestId('registry-status')).toContainText('law の鍵として登録済みです');

  const download = page.waitForEvent('download');
  await page.getByTestId('download-registry').click();
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { keys: { kid: string; department: string }[] };
  expect(saved.keys.map((k) => [k.kid, k.department])).toEqual([[dept.jwk.kid, 'engineering'], [law.jwk.kid, 'law']]);

  await page.getByRole('button', { name: `削除 ${dept.jwk.kid}` }).click();
  await expect(await verdictFor(page, mailFormText(p, await dept.sign(p)))).toHaveAttribute('data-reason', 'unknown-kid');
  expect(requests.filter((u) => !u.startsWith('blob:'))).toEqual([pageUrl]);
});

test('English switch: the same verdict in English, nothing pasted lost; screenshots of both', async ({ page }, info) => {
  await open(page);
  const p = samplePayload();
  const block = mailFormText(p, await dept.sign(p));
  await verdictFor(page, `お世話になっております。\n${block.replace('氏名: 東大 花子', '氏名: 東大 太郎')}`);
  await page.screenshot({ path: info.outputPath('desk-verifier-ja.png'), fullPage: true });
  await page.getByTestId('verdict').screenshot({ path: info.outputPath('desk-verifier-verdict-ja.png') });
  await page.getByTestId('paste').fill(block);
  await verdictFor(page, block);
  await page.getByTestId('verdict').screenshot({ path: info.outputPath('desk-verifier-verified-ja.png') });
  await page.getByTestId('language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('headline')).toHaveText('✔ The Faculty of Engineering counter checked this applicant\'s identity');
  await expect(page.getByTestId('paste')).toHaveValue(block);
  await page.screenshot({ path: info.outputPath('desk-verifier-en.png'), fullPage: true });
});
