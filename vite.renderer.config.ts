import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from app:// (Electron) or from the preview bridge (browser), never file://.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../.vite/renderer/main_window', emptyOutDir: true },
});
