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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage, CHECK_PASTE, REGISTRY_STATUS, registryText, SEED_REGISTRY, type PageVerdict } from '../../support/desk-page-driver';
import { buildCorpus, type CorpusEntry } from '../../support/paste-corpus';
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

  it('keeps the registry across a reload', async () => {
    expect(await page.evaluate(`(${REGISTRY_STATUS})()`)).toContain('鍵 1 件');
  });

  it('a genuine block verifies; an edited name is text-mismatch naming 氏名; a flipped signature is bad-signature', async () => {
    const genuine = corpus.benign.find((e) => e.name === 'the block as the app writes it')!;
    expect(await verdict(genuine.text)).toMatchObject({ state: 'verified', reason: 'verified', headline: '✔ 工学部の部局窓口が本人確認した申請です' });
    const edited = corpus.adversarial.find((e) => e.name === 'a quoted block with an edited name')!;
    expect(await verdict(edited.text)).toMatchObject({ state: 'failed', reason: 'text-mismatch', fields: ['氏名'], headline: '✖ この申請を受け付けないでください' });
    const flipped = corpus.adversarial.find((e) => e.name === 'one character of the signature changed')!;
    expect(await verdict(flipped.text)).toMatchObject({ state: 'failed', reason: 'bad-signature' });
  }, 60_000);

  it('the whole corpus gets the same verdicts as in Chromium', async () => {
    const all = [...corpus.benign, ...corpus.adversarial];
    const outcomes: unknown[] = [];
    for (const e of all) {
      const v = await verdict(e.text);
      outcomes.push([e.name, v === null ? 'no verdict' : v.state === 'verified' ? 'verified' : v.reason, (e.fields ?? []).filter((f) => v?.fields.includes(f))]);
    }
    expect(outcomes).toEqual(all.map((e) => [e.name, e.expect, e.fields ?? []]));
  }, 120_000);
});
