// `npm run screenshots`: every screen of the counter UI in Japanese and English at 1280×800, plus
// the Japanese tour at 200 % zoom, saved as PNGs in artifacts/screenshots/ for people to look at.
// Runs the real preview (npm run preview -- --desk --memory-keychain --seed-demo-settings) and
// Chromium (tools/browser/chromium-path.ts).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { launchPreview } from '../preview-driver/preview-process';
import { tourScreens } from '../preview-driver/screen-tour';
import { chromiumExecutable } from '../browser/chromium-path';

const OUT = path.join(process.cwd(), 'artifacts', 'screenshots');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const runs = [
  { language: 'ja', prefix: 'ja', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  { language: 'en', prefix: 'en', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  { language: 'ja', prefix: 'ja-zoom200', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
] as const;

async function main(): Promise<void> {
mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ARGS });
try {
  for (const run of runs) {
    const preview = await launchPreview();
    const context = await browser.newContext({ viewport: run.viewport, deviceScaleFactor: run.deviceScaleFactor, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    try {
      const page = await context.newPage();
      let n = 0;
      await tourScreens(page, preview, run.language, async (screen) => {
        n += 1;
        const file = path.join(OUT, `${run.prefix}-${String(n).padStart(2, '0')}-${screen}.png`);
        await page.screenshot({ path: file, fullPage: true });
        process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
      });
    } finally {
      await context.close();
      await preview.stop();
    }
  }
} finally {
  await browser.close();
}
}

main().catch((error: unknown) => {
  process.stderr.write(`screenshots: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
