// The desk's verifier page, built fresh and opened from disk (file://) in Chromium as
// the desk would: load the registry, paste, verify. Every refusal names its reason; registry
// upkeep works in the page; the page makes no network request at all.
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
  await expect(verdict).toContainText('工学部 (engineering)');
  await expect(verdict).toContainText(dept.jwk.kid);
  await expect(verdict).toContainText(p.createdAt);
  await expect(page.getByTestId('signed-text')).toContainText('氏名: 東大 花子');

  verdict = await verdictFor(page, block.replace('氏名: 東大 花子', '氏名: 東大 太郎'));
  await expect(verdict).toHaveAttribute('data-reason', 'text-mismatch');
  await expect(verdict).toContainText('氏名');

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
  await expect(page.getByTestId('registry-status')).toContainText(`鍵 ${law.jwk.kid} を部局 law に登録しました`);

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
  await verdictFor(page, block);
  await page.screenshot({ path: info.outputPath('desk-verifier-ja.png'), fullPage: true });
  await page.getByTestId('language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('verdict')).toContainText('Signature verified');
  await expect(page.getByTestId('paste')).toHaveValue(block);
  await page.screenshot({ path: info.outputPath('desk-verifier-en.png'), fullPage: true });
});
