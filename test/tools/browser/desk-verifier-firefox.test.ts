// The desk may use any current browser: the built verifier page in Firefox ESR (Debian's
// firefox-esr, driven by puppeteer-core over WebDriver BiDi; no browser download). The registry is
// put where the page keeps it and survives a reload; then the whole paste corpus — a genuine block,
// an edited name and a flipped signature among it — gets the same verdicts as in Chromium.
// Without the browser binary the suite is skipped LOUDLY (a console message), never passed silently.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { buildPage, CHECK_PASTE, REGISTRY_STATUS, registryText, SEED_REGISTRY, type PageVerdict } from '../../support/desk-page-driver';
import { buildCorpus, type CorpusEntry } from '../../support/paste-corpus';
import { verifierPageChecks } from '../../support/verifier-page-checks';
import { testDepartment } from '../../../tools/fixtures/desk-signing';

const FIREFOX = process.env.SALVAGE_FIREFOX ?? '/usr/bin/firefox-esr';
const available = existsSync(FIREFOX);
if (!available) console.warn(`!!! SKIPPED: desk verifier page in Firefox ESR — no browser at ${FIREFOX} (install Debian's firefox-esr or set SALVAGE_FIREFOX)`);

describe.skipIf(!available)('desk verifier page in Firefox ESR (WebDriver BiDi)', () => {
  let browser: Browser;
  let page: Page;
  let corpus: { benign: CorpusEntry[]; adversarial: CorpusEntry[] };

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'salvage-firefox-'));
    const url = pathToFileURL(await buildPage(path.join(dir, 'salvage-desk-verifier.html'))).href;
    const dept = await testDepartment();
    corpus = await buildCorpus(dept, await testDepartment());
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi', env: { ...process.env, HOME: dir } });
    page = await browser.newPage();
    await page.goto(url);
    await page.evaluate(`(${SEED_REGISTRY})(${JSON.stringify(registryText(dept.registry))})`);
    await page.reload();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  const verdict = async (text: string): Promise<PageVerdict | null> => page.evaluate(`(${CHECK_PASTE})(${JSON.stringify(text)})`) as Promise<PageVerdict | null>;

  verifierPageChecks({ registryStatus: () => page.evaluate(`(${REGISTRY_STATUS})()`), verdict, corpus: () => corpus }, 120_000);
});
