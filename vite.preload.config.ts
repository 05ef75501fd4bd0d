import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// Preload bundle → .vite/build/preload.cjs: one CommonJS file (sandboxed preloads cannot load
// ES modules or other files), everything but electron bundled in.
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

export default defineConfig({
  build: {
    outDir: '.vite/build',
    emptyOutDir: false, // main.cjs lives in the same folder
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
    rollupOptions: {
      input: 'src-main/preload.ts',
      external: (id) => id === 'electron' || id.startsWith('electron/') || builtins.has(id),
      output: { format: 'cjs', entryFileNames: 'preload.cjs', codeSplitting: false },
    },
  },
});
