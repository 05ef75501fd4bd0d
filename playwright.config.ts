// End-to-end tests: the real renderer in Chromium against the browser preview (real core, real
// encrypted store, in-process reference desk receiver on 127.0.0.1). Each test starts its own
// preview with a temporary data folder (see test/e2e/support/fixtures.ts). Which Chromium:
// tools/browser/chromium-path.ts (SALVAGE_CHROMIUM, else Debian's, else Playwright's own).
import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './tools/browser/chromium-path';

export default defineConfig({
  testDir: 'test/e2e/specs',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/support/global-setup.ts',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  // One retry on CI only, so a timing hiccup on a loaded machine does not block a landing; a retried
  // test is still reported as "flaky" in the output. Locally every failure counts.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
