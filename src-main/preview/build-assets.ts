// Build what the preview serves when it is missing or older than its sources: the renderer (the
// same vite.renderer.config.ts build Electron packages) and the bridge script. Offline: Vite only.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface PreviewAssets {
  readonly rendererDir: string;
  readonly bridgeFile: string;
}

export function previewAssetPaths(projectRoot: string): PreviewAssets {
  return {
    rendererDir: path.join(projectRoot, '.vite', 'renderer', 'main_window'),
    bridgeFile: path.join(projectRoot, '.vite', 'preview', 'preview-bridge.js'),
  };
}

const MAX_FILES = 20_000;

/** Newest modification time under the given folders (bounded walk, skips node_modules). */
export function newestMtime(dirs: readonly string[]): number {
  let newest = 0;
  let seen = 0;
  const stack = dirs.filter((d) => existsSync(d));
  while (stack.length > 0 && seen < MAX_FILES) {
    const dir = stack.pop() as string;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else {
        seen += 1;
        newest = Math.max(newest, statSync(full).mtimeMs);
      }
    }
  }
  return newest;
}

function isStale(output: string, sources: readonly string[]): boolean {
  return !existsSync(output) || statSync(output).mtimeMs < newestMtime(sources);
}

/** Build the renderer (when stale) and the bridge (when stale). */
export async function ensurePreviewAssets(projectRoot: string, log: (line: string) => void): Promise<PreviewAssets> {
  const assets = previewAssetPaths(projectRoot);
  const { build } = await import('vite');
  const shared = path.join(projectRoot, 'src-shared');
  const rendererSrc = path.join(projectRoot, 'src-renderer');
  if (!existsSync(path.join(rendererSrc, 'index.html'))) {
    throw new Error('src-renderer/index.html is missing: there is no renderer to preview yet.');
  }
  if (isStale(path.join(assets.rendererDir, 'index.html'), [rendererSrc, shared, path.join(projectRoot, 'vite.renderer.config.ts')])) {
    log('preview: building the renderer (vite build)…');
    await build({ configFile: path.join(projectRoot, 'vite.renderer.config.ts'), logLevel: 'warn' });
  }
  await ensureBridge(projectRoot);
  return assets;
}

/** Build only the bridge script (when stale); returns its path. */
export async function ensureBridge(projectRoot: string): Promise<string> {
  const assets = previewAssetPaths(projectRoot);
  const { build } = await import('vite');
  const shared = path.join(projectRoot, 'src-shared');
  const bridgeSrc = path.join(projectRoot, 'src-renderer', 'preview-bridge');
  if (isStale(assets.bridgeFile, [bridgeSrc, shared])) {
    await build({
      configFile: false,
      logLevel: 'warn',
      root: projectRoot,
      build: {
        outDir: path.dirname(assets.bridgeFile),
        emptyOutDir: true,
        minify: true,
        lib: { entry: path.join(bridgeSrc, 'install.ts'), formats: ['iife'], name: 'salvageDeskPreviewBridge', fileName: () => path.basename(assets.bridgeFile) },
      },
    });
  }
  return assets.bridgeFile;
}
