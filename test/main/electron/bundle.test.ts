// `vite build` of main and preload works without the Electron binary, and the bundles load: run
// them in plain Node with a stand-in `electron` module and see what they did at start-up.
// (Catches what unit tests cannot: a missing external, import.meta in the CommonJS bundle, a
// preload that needs a Node built-in the sandbox does not have.) Also: what ships is what the
// folders say — no module from tools/ in any bundle — and no test-build switch in the app build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, eventMethodNames, methodNames } from '../../../src-shared/ipc-contract';

const root = path.resolve(__dirname, '../../..');
let dir: string;
let buildDir: string;

const STUB = `
const calls = [];
const exposed = {};
const note = (name) => (...args) => { calls.push([name, ...args.map((a) => (typeof a === 'function' ? 'fn' : a))]); };
const app = {
  isPackaged: true,
  on(event) { calls.push(['app.on', event]); return app; },
  quit: note('app.quit'), exit: note('app.exit'), enableSandbox: note('app.enableSandbox'),
  requestSingleInstanceLock() { calls.push(['app.requestSingleInstanceLock']); return true; },
  whenReady() { calls.push(['app.whenReady']); return new Promise(() => {}); },
  getPath() { return '/nonexistent'; },
};
module.exports = {
  app,
  protocol: { registerSchemesAsPrivileged: note('protocol.registerSchemesAsPrivileged'), handle: note('protocol.handle') },
  contextBridge: { exposeInMainWorld(key, api) { exposed[key] = Object.keys(api); } },
  ipcRenderer: { invoke: note('ipcRenderer.invoke'), on: note('ipcRenderer.on'), removeListener: note('ipcRenderer.removeListener') },
};
process.on('exit', () => process.stdout.write(JSON.stringify({ calls, exposed })));
`;

function runWithStub(file: string): { calls: unknown[][]; exposed: Record<string, string[]> } {
  const result = spawnSync(process.execPath, [file], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', NODE_PATH: path.join(root, 'node_modules') },
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as { calls: unknown[][]; exposed: Record<string, string[]> };
}

/** Every source module that went into a bundle (Rollup's module ids), per bundle. */
const bundledModules = new Map<string, string[]>();

function moduleIds(output: unknown): string[] {
  const outputs = (Array.isArray(output) ? output : [output]) as Array<{ output: Array<{ type: string; modules?: Record<string, unknown> }> }>;
  return outputs.flatMap((o) => o.output.flatMap((chunk) => (chunk.type === 'chunk' ? Object.keys(chunk.modules ?? {}) : [])));
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'sd-bundle-'));
  buildDir = path.join(dir, '.vite', 'build');
  mkdirSync(path.join(dir, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(path.join(dir, 'node_modules', 'electron', 'index.js'), STUB);
  const { build } = await import('vite');
  for (const config of ['vite.main.config.ts', 'vite.preload.config.ts']) {
    const output = await build({ root, configFile: path.join(root, config), logLevel: 'silent', build: { outDir: buildDir, sourcemap: false } });
    bundledModules.set(config, moduleIds(output));
  }
  const renderer = await build({ configFile: path.join(root, 'vite.renderer.config.ts'), logLevel: 'silent', build: { outDir: path.join(dir, '.vite', 'renderer', 'main_window'), sourcemap: false } });
  bundledModules.set('vite.renderer.config.ts', moduleIds(renderer));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('built bundles', () => {
  it('ship nothing from tools/ (desk, preview, preview bridge, benches, scripts) in main, preload or renderer', () => {
    const tools = path.join(root, 'tools') + path.sep;
    for (const [config, ids] of bundledModules) {
      expect(ids.length, config).toBeGreaterThan(10); // the ids are really there (the check can fail)
      expect(ids.some((id) => id.startsWith(path.join(root, 'src-'))), config).toBe(true);
      expect(ids.filter((id) => path.resolve(id.replace(/^\0/, '').split('?')[0]!).startsWith(tools)), config).toEqual([]);
    }
  });

  it('the app build has no test-build switches: the memory keychain of the smoke test is not even in main.cjs', () => {
    const main = readFileSync(path.join(buildDir, 'main.cjs'), 'utf8');
    expect(main).not.toContain('SALVAGE_TEST_MEMORY_KEYCHAIN');
    expect(main).not.toContain('SALVAGE_TEST_USER_DATA');
  });

  it('builds main.cjs and preload.cjs (the names Forge and package.json use)', () => {
    expect(existsSync(path.join(buildDir, 'main.cjs'))).toBe(true);
    expect(existsSync(path.join(buildDir, 'preload.cjs'))).toBe(true);
  });

  it('main registers app:// before ready, sandboxes every renderer, takes the single-instance lock, installs the guard', () => {
    const { calls } = runWithStub(path.join(buildDir, 'main.cjs'));
    const names = calls.map((c) => c[0]);
    expect(calls.find((c) => c[0] === 'protocol.registerSchemesAsPrivileged')?.[1]).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(names).toContain('app.enableSandbox');
    expect(names.indexOf('app.requestSingleInstanceLock')).toBeLessThan(names.indexOf('app.whenReady'));
    expect(calls).toContainEqual(['app.on', 'web-contents-created']);
    expect(calls).toContainEqual(['app.on', 'certificate-error']);
    expect(calls).toContainEqual(['app.on', 'second-instance']);
  });

  it('preload exposes exactly window.salvageDesk with every contract method and subscription', () => {
    const { exposed, calls } = runWithStub(path.join(buildDir, 'preload.cjs'));
    expect(Object.keys(exposed)).toEqual(['salvageDesk']);
    expect(exposed.salvageDesk?.sort()).toEqual([...channels.map((c) => methodNames[c]), ...Object.values(eventMethodNames)].sort());
    expect(calls.some((c) => c[0] === 'ipcRenderer.invoke')).toBe(false); // nothing is called at load
  });
});
