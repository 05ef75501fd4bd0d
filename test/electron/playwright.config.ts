// The real-Electron smoke test (npm run test:electron, which builds the test app and sets
// SALVAGE_ELECTRON_BINARY / SALVAGE_ELECTRON_MAIN). One worker: one app, one user-data folder.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: 'smoke.spec.ts',
  timeout: 180_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
