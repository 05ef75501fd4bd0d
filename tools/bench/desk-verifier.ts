// The desk's verifier on a megabyte of pasted junk ("a 1 MB paste answers well under a second"):
// first the shared module in Node (findJws + verifyPasted), then the built
// page in Chromium from file://, timed from the click to the verdict. Figures: the slowest input
// in each, goal under a second. Quick mode: the same inputs at 1/16 of the size.
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
import { figure, type BenchOptions, type Figure } from './support/figure';

const GOAL_MS = 1000;

type Dept = Awaited<ReturnType<typeof testDepartment>>;

async function junk(dept: Dept, MB: number): Promise<Record<string, string>> {
  const p = samplePayload();
  const block = mailFormText(p, await dept.sign(p));
  return {
    'no dots': 'A'.repeat(MB),
    'dots everywhere': 'a.'.repeat(MB / 2),
    'only dots': '.'.repeat(MB),
    'huge 検証コード line': `検証コード:\n${'A'.repeat(MB)}`,
    'genuine block after a long mail': `${'あいうえお、かきくけこ。\n'.repeat(MB / 13)}${block}`,
  };
}

async function inNode(inputs: Record<string, string>, dept: Dept): Promise<number> {
  let slowest = 0;
  for (const [name, text] of Object.entries(inputs)) {
    const t0 = performance.now();
    const r = await verifyPasted(text, dept.registry);
    const ms = performance.now() - t0;
    slowest = Math.max(slowest, ms);
    console.log(`node   ${name.padEnd(34)} ${(text.length / 1048576).toFixed(2)} M chars → ${r.ok ? 'verified' : r.code}: ${ms.toFixed(1)} ms (goal < ${GOAL_MS} ms)`);
  }
  return slowest;
}

async function inChromium(inputs: Record<string, string>, dept: Dept): Promise<number> {
  let slowest = 0;
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
      slowest = Math.max(slowest, ms);
      const state = await page.getByTestId('verdict').getAttribute('data-reason') ?? await page.getByTestId('verdict').getAttribute('data-state');
      console.log(`chrome ${name.padEnd(34)} → ${state}: ${ms.toFixed(1)} ms (goal < ${GOAL_MS} ms)`);
    }
  } finally {
    await browser.close();
  }
  return slowest;
}

export default async function run({ quick }: BenchOptions): Promise<Figure[]> {
  const MB = quick ? 64 * 1024 : 1024 * 1024;
  const dept = await testDepartment();
  const inputs = await junk(dept, MB);
  const size = quick ? '64 KB' : '1 MB';
  return [
    figure(`verifier in Node, slowest ${size} paste`, await inNode(inputs, dept), 'ms', { atMost: GOAL_MS }),
    figure(`verifier page in Chromium, slowest ${size} paste`, await inChromium(inputs, dept), 'ms', { atMost: GOAL_MS }),
  ];
}
