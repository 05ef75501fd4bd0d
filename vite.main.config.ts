import { defineConfig } from 'vite';
import { externalModules } from './forge.config';

// Main process bundle. Native addons and pdfkit stay external (copied by forge.config.ts).
export default defineConfig({
  build: {
    rollupOptions: { external: ['electron', ...externalModules] },
  },
});
