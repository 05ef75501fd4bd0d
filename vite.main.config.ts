import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import { externalModules } from './forge.config';

// Main process bundle → .vite/build/main.cjs. Works under Forge (which merges its own config over
// this one) and standalone (`npm run build`, which CI runs without the Electron binary).
// Native addons and pdfkit stay external (forge.config.ts copies them into the package).
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const externalNames = ['electron', ...externalModules];

export default defineConfig(({ mode }) => ({
  build: {
    outDir: '.vite/build',
    emptyOutDir: false, // preload.cjs lives in the same folder
    minify: false,
    sourcemap: true,
    lib: { entry: 'src-main/electron/main.ts', formats: ['cjs'], fileName: () => 'main.cjs' },
    rollupOptions: {
      output: { banner: 'const __salvageDeskBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
      external: (id) => builtins.has(id) || externalNames.some((name) => id === name || id.startsWith(`${name}/`)),
    },
  },
  resolve: { conditions: ['node'], mainFields: ['module', 'jsnext:main', 'jsnext'] },
  define: {
    MAIN_WINDOW_VITE_NAME: JSON.stringify('main_window'),
    // The core is ESM-style source (createRequire(import.meta.url) finds the font files); in this
    // CommonJS bundle import.meta would be empty, so give it the bundle's own file URL (set in the
    // banner, where `require` is still the module's own and not a local of the same name).
    'import.meta.url': '__salvageDeskBundleUrl',
    // Only `vite build --mode electron-test` (npm run test:electron) makes a test build: see
    // src-main/electron/test-build.ts. Forge builds (start, package, make) never use that mode.
    __SALVAGE_TEST_BUILD__: JSON.stringify(mode === 'electron-test'),
  },
}));
