// The paste corpus (test/support/paste-corpus.ts) against the BUILT verifier page in Chromium,
// opened from disk as the desk opens it: every benign paste verifies, every adversarial one gets
// its reason in data-reason, the headline in words, and the changed field named in the table.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { buildPage, CHECK_PASTE, REGISTRY_STATUS, registryText, SEED_REGISTRY, type PageVerdict } from '../../support/desk-page-driver';
import { buildCorpus, type CorpusEntry } from '../../support/paste-corpus';
import { tempDir, testDepartment, type TestDepartment } from '../../../tools/fixtures/desk-signing';

let pageUrl: string;
let dept: TestDepartment;
let corpus: { benign: CorpusEntry[]; adversarial: CorpusEntry[] };

test.beforeAll(async () => {
  pageUrl = pathToFileURL(await buildPage(path.join(tempDir('desk-corpus'), 'salvage-desk-verifier.html'))).href;
  dept = await testDepartment();
  corpus = await buildCorpus(dept, await testDepartment());
});

test('the corpus against the built page: benign pastes verify, adversarial ones are refused with the reason and the field named', async ({ page }) => {
  await page.context().route('**/*', (route) => (route.request().url() === pageUrl ? route.continue() : route.abort()));
  await page.goto(pageUrl);
  await page.evaluate(`(${SEED_REGISTRY})(${JSON.stringify(registryText(dept.registry))})`);
  await page.reload();
  expect(await page.evaluate(`(${REGISTRY_STATUS})()`)).toContain('鍵 1 件');
  const run = async (e: CorpusEntry) => {
    const v = await page.evaluate(`(${CHECK_PASTE})(${JSON.stringify(e.text)})`) as PageVerdict | null;
    if (v === null) return [e.name, 'no verdict'];
    const named = (e.fields ?? []).filter((f) => v.fields.includes(f));
    return [e.name, v.state === 'verified' ? 'verified' : v.reason, named, v.headline.startsWith('✖') ? 'refuse' : 'accept'];
  };
  const outcomes = [];
  for (const e of [...corpus.benign, ...corpus.adversarial]) outcomes.push(await run(e));
  expect(outcomes).toEqual([...corpus.benign, ...corpus.adversarial].map((e) => [e.name, e.expect, e.fields ?? [], e.expect === 'verified' ? 'accept' : 'refuse']));
  expect(corpus.adversarial.length).toBeGreaterThanOrEqual(30);
  expect(corpus.benign.length).toBeGreaterThanOrEqual(10);
});
