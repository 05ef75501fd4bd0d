import { defineConfig } from 'vitest/config';

// One runner for every suite. Node-side suites (shared, main) run in `node`;
// renderer component tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
// Playwright end-to-end tests (test/e2e/specs) run after this in `npm test` (`npm run test:e2e`).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/specs/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
