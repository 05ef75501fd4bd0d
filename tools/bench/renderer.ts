// Renderer benchmark: the JS the renderer ships (gzip, goal ≤ 250 KB; fonts are not JS), and the
// time from a navigation to the first wizard step being interactive in the browser preview
// (a full page load of #/case/<id>/1 until its first answer can be chosen), median of 10 (3 in
// quick mode). Goals: ≤ 250 KB gzip, ≤ 200 ms median.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { ensurePreviewAssets } from '../preview/build-assets';
import { launchPreview } from '../preview-driver/preview-process';
import { chromiumExecutable } from '../browser/chromium-path';
import { figure, median, type BenchOptions, type Figure } from './support/figure';

const GOAL_MS = 200;
const GOAL_KB = 250;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function jsSizes(rendererDir: string): { raw: number; gzip: number; files: number } {
  const assets = path.join(rendererDir, 'assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const body = readFileSync(path.join(assets, f));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip, files: files.length };
}

export default async function run({ quick }: BenchOptions): Promise<Figure[]> {
  const RUNS = quick ? 3 : 10;
  const { rendererDir } = await ensurePreviewAssets(process.cwd(), () => undefined);
  const size = jsSizes(rendererDir);
  const kb = size.gzip / 1024;
  console.log(`renderer JS: ${size.files} file(s), ${(size.raw / 1024).toFixed(1)} KB raw, ${kb.toFixed(1)} KB gzip (goal ≤ ${GOAL_KB} KB) ${kb <= GOAL_KB ? 'OK' : 'ABOVE GOAL'}`);

  const preview = await launchPreview();
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ARGS });
  try {
    const created = await preview.value('cases:create-case', { input: {}, operator: '窓口 太郎' });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(preview.url); // the bridge keeps the token for this tab
    await page.locator('.button-operator').first().click();
    await page.locator('#cases-title').waitFor();
    const firstAnswer = '#f-eligibility-studentBeforeLeaving-yes';
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await page.goto(`${preview.origin}/?run=${i}#/case/${created.id}/1`);
      await page.waitForFunction((sel) => {
        const el = document.querySelector<HTMLInputElement>(sel);
        return el !== null && !el.disabled && el.getClientRects().length > 0;
      }, firstAnswer, { polling: 'raf' });
      times.push(performance.now() - t0);
      await page.locator(firstAnswer).focus(); // interactive: it takes focus
    }
    console.log(`navigation → first wizard step interactive: median ${median(times).toFixed(0)} ms of ${RUNS} (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)} ms)`);
    return [
      figure('renderer JS, gzip', kb, 'KB', { atMost: GOAL_KB }),
      figure(`navigation → first wizard step interactive, median of ${RUNS}`, median(times), 'ms', { atMost: GOAL_MS }),
    ];
  } finally {
    await browser.close();
    await preview.stop();
  }
}
