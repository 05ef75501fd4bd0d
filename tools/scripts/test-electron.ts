// `npm run test:electron`: the real-Electron smoke test (test/electron/). Builds the app in
// `--mode electron-test` into .vite-electron-test/ (the only build that honours the temporary
// user-data folder and the memory keychain, see src-main/electron/test-build.ts), then runs
// Playwright's _electron against it. Where Electron or a display is missing it exits 0 with one
// loud line saying why: it is a pre-release check on a PC with a display, not part of `npm test`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SKIP_BANNER, smokePlan } from '../electron-smoke/smoke-plan';
import { runCommand } from './run-command';

const root = path.resolve(__dirname, '..', '..');
const SMOKE_BUILD = path.join(root, '.vite-electron-test');

async function buildForTest(): Promise<void> {
  const { build } = await import('vite');
  const outDir = path.join(SMOKE_BUILD, 'build');
  for (const config of ['vite.main.config.ts', 'vite.preload.config.ts']) {
    await build({ root, configFile: path.join(root, config), mode: 'electron-test', logLevel: 'warn', build: { outDir } });
  }
  await build({ configFile: path.join(root, 'vite.renderer.config.ts'), mode: 'electron-test', logLevel: 'warn', build: { outDir: path.join(SMOKE_BUILD, 'renderer', 'main_window') } });
}

async function main(): Promise<number> {
  const plan = smokePlan({
    platform: process.platform,
    env: process.env,
    electronDir: path.join(root, 'node_modules', 'electron'),
    exists: existsSync,
    readText: (file) => (existsSync(file) ? readFileSync(file, 'utf8') : null),
  });
  if (!plan.run) {
    console.log(`${SKIP_BANNER}: ${plan.reason}. Run it on a PC with a display before a release.`);
    return 0;
  }
  await buildForTest();
  const env = { ...process.env, SALVAGE_ELECTRON_BINARY: plan.binary, SALVAGE_ELECTRON_MAIN: path.join(SMOKE_BUILD, 'build', 'main.cjs') };
  return runCommand('npx', ['playwright', 'test', '-c', path.join('test', 'electron', 'playwright.config.ts')], { cwd: root, env });
}

void main().then((code) => {
  process.exitCode = code;
});
