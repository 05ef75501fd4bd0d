// Every test gets its own preview: a fresh temporary data folder, an in-memory keychain, the demo
// department and staff, and the reference desk receiver running in-process (`preview.desk`).
import { test as base, expect } from '@playwright/test';
import { startPreview, type PreviewHandle } from '../../../src-main/preview/start-preview';

export const test = base.extend<{ preview: PreviewHandle }>({
  // eslint-disable-next-line no-empty-pattern
  preview: async ({}, use) => {
    const preview = await startPreview({ desk: true, memoryKeychain: true, seedDemoSettings: true, log: () => undefined });
    try {
      await use(preview);
    } finally {
      await preview.close();
    }
  },
  page: async ({ page }, use) => {
    // Personal data must never leave 127.0.0.1: fail loudly on any other request.
    await page.route(/^(?!http:\/\/127\.0\.0\.1[:/]).*/, (route) => route.abort());
    await use(page);
  },
});

export { expect };
