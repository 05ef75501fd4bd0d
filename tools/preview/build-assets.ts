// Build what the preview serves when it is missing or older than its sources: the renderer (the
// same vite.renderer.config.ts build Electron packages) and the bridge script. Offline: Vite only.
// Each build goes to a fresh folder that is then renamed into place, so two processes starting a
// preview at once (e.g. an e2e run next to a unit test) never see a half-written build.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
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

/** Newest modification time under the given paths (bounded walk, skips node_modules and dot files). */
export function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  let seen = 0;
  const stack = paths.filter((d) => existsSync(d));
  while (stack.length > 0 && seen < MAX_FILES) {
    const current = stack.pop() as string;
    const info = statSync(current);
    if (!info.isDirectory()) {
      seen += 1;
      newest = Math.max(newest, info.mtimeMs);
      continue;
    }
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      stack.push(path.join(current, entry.name));
    }
  }
  return newest;
}

function isStale(output: string, sources: readonly string[]): boolean {
  return !existsSync(output) || statSync(output).mtimeMs < newestMtime(sources);
}

const scratch = (target: string): string => `${target}.building-${process.pid}-${Date.now()}`;

/** Put a freshly built folder in place of `target` (old one removed after the swap). */
function swapInto(built: string, target: string): void {
  const old = `${target}.old-${process.pid}-${Date.now()}`;
  try {
    if (existsSync(target)) renameSync(target, old);
    renameSync(built, target);
  } catch (error) {
    // Another process swapped its own fresh build in at the same moment: use that one.
    if (!existsSync(path.join(target, 'index.html'))) throw error;
    rmSync(built, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
}

/** Build the renderer (when stale) and the bridge (when stale). */
export async function ensurePreviewAssets(projectRoot: string, log: (line: string) => void): Promise<PreviewAssets> {
  const assets = previewAssetPaths(projectRoot);
  const rendererSrc = path.join(projectRoot, 'src-renderer');
  if (!existsSync(path.join(rendererSrc, 'index.html'))) {
    throw new Error('src-renderer/index.html is missing: there is no renderer to preview yet.');
  }
  const sources = [rendererSrc, path.join(projectRoot, 'src-shared'), path.join(projectRoot, 'vite.renderer.config.ts')];
  if (isStale(path.join(assets.rendererDir, 'index.html'), sources)) {
    log('preview: building the renderer (vite build)…');
    const { build } = await import('vite');
    const outDir = scratch(assets.rendererDir);
    // The build the app ships: Vite takes NODE_ENV from the environment when it is set, and a test
    // runner sets it to 'test', which would bundle React's development build instead.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ configFile: path.join(projectRoot, 'vite.renderer.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    swapInto(outDir, assets.rendererDir);
  }
  await ensureBridge(projectRoot);
  return assets;
}

/** Build only the bridge script (when stale); returns its path. */
export async function ensureBridge(projectRoot: string): Promise<string> {
  const { bridgeFile } = previewAssetPaths(projectRoot);
  const bridgeSrc = path.join(projectRoot, 'tools', 'preview-bridge');
  if (isStale(bridgeFile, [bridgeSrc, path.join(projectRoot, 'src-shared')])) {
    const { build } = await import('vite');
    const outDir = scratch(path.dirname(bridgeFile));
    await build({
      configFile: false,
      logLevel: 'warn',
      root: projectRoot,
      build: {
        outDir,
        emptyOutDir: true,
        minify: true,
        lib: { entry: path.join(bridgeSrc, 'install.ts'), formats: ['iife'], name: 'salvageDeskPreviewBridge', fileName: () => path.basename(bridgeFile) },
      },
    });
    mkdirSync(path.dirname(bridgeFile), { recursive: true });
    renameSync(path.join(outDir, path.basename(bridgeFile)), bridgeFile); // atomic replace of one file
    rmSync(outDir, { recursive: true, force: true });
  }
  return bridgeFile;
}
