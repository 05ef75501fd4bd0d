// Every screen, in Japanese and in English: axe finds no serious or critical violation
// (WCAG 2.1 A/AA rules); and at 200 % zoom (1280×800 → 640×400 CSS px) nothing needs
// horizontal scrolling.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../support/fixtures';
import { tourScreens } from '../../../tools/preview-driver/screen-tour';

for (const language of ['ja', 'en'] as const) {
  test(`axe: no serious or critical violations on any screen (${language})`, async ({ page, preview }) => {
    // 19 screens, each a full axe run: about 80–90 s on a busy 2-core machine; room for a slower CI.
    test.setTimeout(300_000);
    const found: string[] = [];
    const visited: string[] = [];
    await tourScreens(page, preview, language, async (screen) => {
      visited.push(screen);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      for (const v of results.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        found.push(`${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      }
    });
    expect(visited).toHaveLength(19);
    expect(found).toEqual([]);
  });
}

test.describe('200 % zoom', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  test('every screen fits the width without horizontal scrolling', async ({ page, preview }) => {
    const overflowing: string[] = [];
    await tourScreens(page, preview, 'ja', async (screen) => {
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (scroll > client + 1) overflowing.push(`${screen}: ${scroll}px > ${client}px`);
    });
    expect(overflowing).toEqual([]);
  });
});
