// The desk's verifier on a megabyte of pasted junk (issue 10 §3, issue 11 §8: "a 1 MB paste answers
// well under a second"). First the shared module in Node (findJws + verifyPasted), then the built
// page in Chromium from file://, timed from the click to the verdict. Figures only; nothing fails.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { mailFormText } from '../../src-shared/protocol';
import { verifyPasted } from '../../src-shared/protocol/verify';
import { samplePayload } from '../fixtures/sample-payload';
import { testDepartment } from '../fixtures/desk-signing';
import { buildDeskVerifier } from '../desk-verifier/build';
import { chromiumExecutable } from '../browser/chromium-path';

const MB = 1024 * 1024;
const GOAL_MS = 1000;

type Dept = Awaited<ReturnType<typeof testDepartment>>;

async function junk(dept: Dept): Promise<Record<string, string>> {
  const p = samplePayload();
  const block = mailFormText(p, await dept.sign(p));
  return {
    'no dots': 'A'.repeat(MB),
    'dots everywhere': 'a.'.repeat(MB / 2),
    'only dots': '.'.repeat(MB),
    'huge 検証コード line': `検証コード:\n${'A'.repeat(MB)}`,
    'genuine block after 1 MB of mail': `${'あいうえお、かきくけこ。\n'.repeat(MB / 13)}${block}`,
  };
}

async function inNode(inputs: Record<string, string>, dept: Dept): Promise<void> {
  for (const [name, text] of Object.entries(inputs)) {
    const t0 = performance.now();
    const r = await verifyPasted(text, dept.registry);
    const ms = performance.now() - t0;
    console.log(`node   ${name.padEnd(34)} ${(text.length / MB).toFixed(2)} M chars → ${r.ok ? 'verified' : r.code}: ${ms.toFixed(1)} ms (goal < ${GOAL_MS} ms)`);
  }
}

async function inChromium(inputs: Record<string, string>, dept: Dept): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'salvage-bench-verifier-'));
  const url = pathToFileURL(await buildDeskVerifier(path.join(dir, 'page.html'))).href;
  writeFileSync(path.join(dir, 'registry.json'), JSON.stringify(dept.registry));
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByTestId('registry-file').setInputFiles(path.join(dir, 'registry.json'));
    for (const [name, text] of Object.entries(inputs)) {
      await page.getByTestId('paste').evaluate((el, v) => { (el as HTMLTextAreaElement).value = v; }, text);
      const ms = await page.evaluate(() => new Promise<number>((resolve) => {
        const verdict = document.querySelector('[data-testid="verdict"]')!;
        verdict.removeAttribute('data-state');
        const t0 = performance.now();
        const seen = new MutationObserver(() => {
          const now = document.querySelector('[data-testid="verdict"]');
          if (now?.getAttribute('data-state')) { seen.disconnect(); resolve(performance.now() - t0); }
        });
        seen.observe(document.body, { subtree: true, childList: true, attributes: true });
        (document.querySelector('[data-testid="verify"]') as HTMLButtonElement).click();
        // The time to the verdict, as the desk waits for it (clicked to rendered).
      }));
      const state = await page.getByTestId('verdict').getAttribute('data-reason') ?? await page.getByTestId('verdict').getAttribute('data-state');
      console.log(`chrome ${name.padEnd(34)} → ${state}: ${ms.toFixed(1)} ms (goal < ${GOAL_MS} ms)`);
    }
  } finally {
    await browser.close();
  }
}

export default async function run(): Promise<void> {
  const dept = await testDepartment();
  const inputs = await junk(dept);
  await inNode(inputs, dept);
  await inChromium(inputs, dept);
}
