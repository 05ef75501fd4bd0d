// Keyboard-only driving: reach a control with Tab (or Shift+Tab) presses only, never the mouse.
import type { Locator, Page } from '@playwright/test';

const MAX_PRESSES = 120;

/** Press Tab until `target` has focus; fails if it is not reachable within a bounded number of presses. */
export async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < MAX_PRESSES; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`not reachable with ${key}: ${target.toString()}`);
}

export async function tabAndPress(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

export async function tabAndType(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}
