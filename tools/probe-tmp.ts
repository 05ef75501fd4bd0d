import { chromium } from '@playwright/test';
import { launchPreview } from '../test/e2e/support/preview-process';
import { chromiumExecutable } from './browser/chromium-path';
import { ensurePreviewAssets } from './preview/build-assets';
void (async () => {
  await ensurePreviewAssets(process.cwd(), () => undefined);
  const preview = await launchPreview();
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const created = await preview.value('cases:create', { input: {}, operator: '窓口 太郎' });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(() => {
      const w = window as unknown as { marks: string[] };
      w.marks = [];
      const mark = (m: string) => w.marks.push(`${Math.round(performance.now())} ${m}`);
      document.fonts.addEventListener('loadingdone', () => mark('fonts loadingdone'));
      let seen = false;
      new MutationObserver(() => {
        const el = document.querySelector<HTMLInputElement>('#f-eligibility-studentBeforeLeaving-yes');
        if (el && !seen) { seen = true; mark(`input in DOM, rects ${el.getClientRects().length}, disabled ${el.disabled}`); }
        const main = document.querySelector('main');
        if (main && !w.marks.some((x) => x.includes('main'))) mark('main in DOM');
      }).observe(document, { subtree: true, childList: true });
      const raf = () => { const el = document.querySelector<HTMLInputElement>('#f-eligibility-studentBeforeLeaving-yes'); if (el && el.getClientRects().length > 0 && !el.disabled) mark('input visible+enabled'); else requestAnimationFrame(raf); };
      requestAnimationFrame(raf);
    });
    await page.goto(preview.url);
    await page.locator('.button-operator').first().click();
    await page.locator('#cases-title').waitFor();
    for (let run = 0; run < 4; run++) {
      const t0 = Date.now();
      const log: string[] = [];
      const onReq = (r: { url(): string }) => log.push(`${Date.now() - t0} req ${r.url().replace(preview.origin, '').slice(0, 60)}`);
      const onRes = (r: { url(): string }) => log.push(`${Date.now() - t0} res ${r.url().replace(preview.origin, '').slice(0, 60)}`);
      page.on('request', onReq); page.on('response', onRes);
      await page.goto(`${preview.origin}/?run=${run}#/case/${created.id}/1`);
      log.push(`${Date.now() - t0} goto done`);
      await page.waitForFunction(() => { const el = document.querySelector<HTMLInputElement>('#f-eligibility-studentBeforeLeaving-yes'); return el !== null && !el.disabled && el.getClientRects().length > 0; }, undefined, { polling: 'raf' });
      log.push(`${Date.now() - t0} interactive`);
      page.off('request', onReq); page.off('response', onRes);
      const nav = await page.evaluate(() => JSON.stringify(performance.getEntriesByType('navigation').map((e) => { const n = e as PerformanceNavigationTiming; return { resp: Math.round(n.responseEnd), dcl: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd) }; })));
      const marks = await page.evaluate(() => (window as unknown as { marks: string[] }).marks.join(' | '));
      console.log(`run ${run}: ${nav} ${marks}\n  ${log.join('\n  ')}`);
    }
  } finally { await browser.close(); await preview.stop(); }
})();
