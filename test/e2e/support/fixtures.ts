// Every test gets its own preview process: a fresh temporary data folder, an in-memory keychain,
// the demo department and staff, and the reference desk receiver running with it.
import { test as base, expect } from '@playwright/test';
import { launchPreview, type PreviewProcess } from '../../../tools/preview-driver/preview-process';

export const test = base.extend<{ preview: PreviewProcess }>({
  // eslint-disable-next-line no-empty-pattern
  preview: async ({}, use) => {
    const preview = await launchPreview();
    try {
      await use(preview);
    } finally {
      await preview.stop();
    }
  },
  page: async ({ page }, use) => {
    // Personal data must never leave 127.0.0.1: any other request is refused.
    await page.route(/^(?!http:\/\/127\.0\.0\.1[:/]).*/, (route) => route.abort());
    await use(page);
  },
});

export { expect };
