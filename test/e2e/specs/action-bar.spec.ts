// The step's primary action is always in the window (a sticky action bar) at the two screen sizes
// counter PCs have, and nothing the bar covers stays hidden: an error below the fields scrolls into
// view above it. The clicks of a whole in-person case are counted as a mouse user makes them.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { applicant, openWindowDeparture, stepHeading } from '../support/case-flow';

const primary = (page: Page) => page.getByTestId('action-bar').locator('.button-primary').first();

/** The element is inside the window as it stands (no scrolling) and nothing covers its centre. */
async function expectInViewWithoutScrolling(page: Page, target: Locator, what: string): Promise<void> {
  await target.waitFor();
  const seen = await target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return { top: box.top, bottom: box.bottom, height: globalThis.innerHeight, uncovered: hit !== null && (hit === el || el.contains(hit)) };
  });
  expect(seen.top, `${what}: top in the window`).toBeGreaterThanOrEqual(0);
  expect(seen.bottom, `${what}: bottom in the window`).toBeLessThanOrEqual(seen.height);
  expect(seen.uncovered, `${what}: not covered`).toBe(true);
}

/** A mouse user's clicks: every button, box and radio, and a click into a text field that does not have the cursor yet. */
class Clicks {
  count = 0;
  async click(target: Locator): Promise<void> {
    this.count += 1;
    await target.click();
  }
  async check(target: Locator): Promise<void> {
    this.count += 1;
    await target.check();
  }
  async type(target: Locator, text: string): Promise<void> {
    if (!(await target.evaluate((el) => el === document.activeElement))) this.count += 1;
    await target.fill(text);
  }
}

async function arrive(page: Page, step: string, size: string): Promise<void> {
  await expect(stepHeading(page)).toContainText(step);
  await expectInViewWithoutScrolling(page, primary(page), `${size} ${step}: primary action on arrival`);
}

async function nextStep(page: Page, clicks: Clicks, step: string, size: string): Promise<void> {
  await expectInViewWithoutScrolling(page, primary(page), `${size}: 次へ before leaving`);
  await clicks.click(primary(page));
  await arrive(page, step, size);
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 1366, height: 768 }]) {
  const size = `${viewport.width}×${viewport.height}`;
  test.describe(size, () => {
    test.use({ viewport });

    test(`every step's primary action is in view without scrolling; a whole in-person case in few clicks (${size})`, async ({ page, preview }) => {
      const clicks = new Clicks();
      await page.goto(preview.url);
      await clicks.click(page.getByRole('button', { name: /^窓口 太郎/ }));
      await clicks.click(page.getByTestId('new-case'));
      await arrive(page, '申請経路の確認', size);
      await clicks.type(page.getByLabel('UTokyo Account(10桁の数字)'), applicant.account);
      await clicks.check(page.getByRole('radio', { name: 'はい' }));
      await clicks.check(page.getByRole('radio', { name: 'マイナンバーカードを保有していない' }));
      await clicks.type(page.getByLabel('離籍日(卒業・修了・退学などの日)'), openWindowDeparture());
      await nextStep(page, clicks, '確認方法と書類', size);
      await clicks.check(page.getByRole('radio', { name: '対面' }));
      await clicks.check(page.getByRole('radio', { name: '運転免許証' }));
      await nextStep(page, clicks, '本人確認チェック', size);
      const boxes = page.locator('.step-fieldset input[type="checkbox"]');
      for (let i = 0; i < (await boxes.count()); i++) await clicks.check(boxes.nth(i));
      await nextStep(page, clicks, '申請者の情報', size);
      await clicks.type(page.getByLabel('離籍直前の学籍番号(学生証番号)'), applicant.studentNumber);
      await clicks.type(page.getByLabel('氏名', { exact: true }), applicant.name);
      await clicks.type(page.getByLabel('氏名(よみがな)'), applicant.kana);
      await clicks.type(page.getByLabel('本人連絡先メールアドレス'), applicant.email);
      await clicks.type(page.getByLabel('メールアドレス(確認のためもう一度)'), applicant.email);
      await nextStep(page, clicks, '救出の申請内容', size);
      await clicks.check(page.getByRole('checkbox', { name: /ECCSクラウドメール/ }));
      // An error below the last field (the reason is missing): shown above the bar, not under it.
      await clicks.click(primary(page));
      const error = page.getByTestId('error-request.reason');
      await expect(error).toBeVisible();
      await expectInViewWithoutScrolling(page, error, `${size}: step 5's error below the fields`);
      const bar = await page.getByTestId('action-bar').boundingBox();
      const err = await error.boundingBox();
      expect(err && bar && err.y + err.height <= bar.y, 'the error ends above the action bar').toBe(true);
      await clicks.type(page.getByLabel('救出が必要な理由'), applicant.reason);
      await nextStep(page, clicks, '条件の説明と同意', size);
      for (let i = 0; i < (await boxes.count()); i++) await clicks.check(boxes.nth(i));
      await nextStep(page, clicks, '確認と確定', size);
      const finalize = page.getByTestId('finalize');
      await expect(finalize).toBeEnabled();
      await expectInViewWithoutScrolling(page, finalize, `${size}: 確定する`);
      await page.screenshot({ path: test.info().outputPath(`review-${viewport.width}-ja.png`) });
      await clicks.click(finalize);
      await expectInViewWithoutScrolling(page, page.getByTestId('confirm-finalize'), `${size}: はい、確定する`);
      await page.screenshot({ path: test.info().outputPath(`confirm-${viewport.width}-ja.png`) });
      // The same in English (the language switch is not a click of the case).
      await page.getByRole('button', { name: 'English' }).click();
      await expectInViewWithoutScrolling(page, page.getByTestId('confirm-finalize'), `${size}: Yes, finalize`);
      await page.screenshot({ path: test.info().outputPath(`confirm-${viewport.width}-en.png`) });
      await page.getByRole('button', { name: '日本語' }).click();
      await clicks.click(page.getByTestId('confirm-finalize'));
      await expect(page.getByTestId('review-notice')).toContainText('確定しました');
      // The error click on step 5 was a deliberate detour: the case itself takes one click less.
      const caseClicks = clicks.count - 1;
      test.info().annotations.push({ type: 'clicks', description: `${size}: ${caseClicks} clicks for a whole in-person case (7 typed fields + reason)` });
      process.stdout.write(`clicks ${size}: ${caseClicks}\n`);
      expect(caseClicks).toBeLessThan(33);
      await page.screenshot({ path: test.info().outputPath(`finalized-${viewport.width}.png`) });
    });
  });
}
