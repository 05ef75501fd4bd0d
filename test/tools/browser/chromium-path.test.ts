// The browser choice behind playwright.config.ts, the screenshots and the benches.
import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, chooseChromium } from '../../../tools/browser/chromium-path';

const nothing = () => false;
const debian = (file: string) => file === DEBIAN_CHROMIUM;

describe('chooseChromium', () => {
  it('uses SALVAGE_CHROMIUM when it is set, even where Debian Chromium exists', () => {
    const win = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(chooseChromium({ SALVAGE_CHROMIUM: win }, debian)).toBe(win);
  });

  it('uses Debian Chromium when SALVAGE_CHROMIUM is unset or blank and /usr/bin/chromium exists', () => {
    expect(chooseChromium({}, debian)).toBe('/usr/bin/chromium');
    expect(chooseChromium({ SALVAGE_CHROMIUM: '  ' }, debian)).toBe('/usr/bin/chromium');
  });

  it("falls back to Playwright's own Chromium (undefined) on a PC without either", () => {
    expect(chooseChromium({}, nothing)).toBeUndefined();
  });
});
