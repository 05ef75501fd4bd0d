// Packaging can only run where Electron can be downloaded; what can be checked here is checked:
// every file the Forge config points at exists, native addons are never rebuilt, fuses are set.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { dependencyClosure, externalModules } from '../../../forge.config';

const root = path.resolve(__dirname, '../../..');
const exists = (p: string) => existsSync(path.join(root, p));

describe('forge.config', () => {
  it('points at icons that exist for every platform', () => {
    const icon = config.packagerConfig?.icon as string;
    for (const ext of ['.ico', '.icns', '.png']) expect(exists(icon + ext), icon + ext).toBe(true);
    // A maker's options sit in configOrConfigFetcher until Forge prepares it.
    const makers = (config.makers ?? []) as unknown as Array<{ name: string; configOrConfigFetcher: Record<string, unknown> }>;
    const squirrel = makers.find((m) => m.name === 'squirrel');
    const deb = makers.find((m) => m.name === 'deb');
    expect(exists(squirrel?.configOrConfigFetcher.setupIcon as string)).toBe(true);
    expect(exists((deb?.configOrConfigFetcher.options as { icon: string }).icon)).toBe(true);
    expect(makers.map((m) => m.name).sort()).toEqual(['deb', 'squirrel', 'zip']);
  });

  it('never rebuilds the N-API addons and keeps .node files out of the asar archive', () => {
    expect(config.rebuildConfig?.onlyModules).toEqual([]);
    expect(config.packagerConfig?.asar).toEqual({ unpack: '**/*.node' });
  });

  it('builds the entries that exist, with the main bundle that package.json names', async () => {
    const plugins = (config.plugins ?? []) as Array<{ name: string; config: { build?: Array<{ entry: string; config: string }>; renderer?: Array<{ name: string; config: string }> } }>;
    const vite = plugins.find((p) => p.name === 'vite');
    for (const b of vite?.config.build ?? []) {
      expect(exists(b.entry), b.entry).toBe(true);
      expect(exists(b.config), b.config).toBe(true);
    }
    expect(vite?.config.renderer?.map((r) => r.name)).toEqual(['main_window']); // app://main_window
    const pkg = (await import('../../../package.json', { with: { type: 'json' } })).default as { main: string };
    expect(pkg.main).toBe('.vite/build/main.cjs');
  });

  it('hardens the binary with fuses', () => {
    const plugins = (config.plugins ?? []) as Array<{ name: string; fusesConfig?: Record<string, unknown>; config?: Record<string, unknown> }>;
    const fuses = plugins.find((p) => p.name === 'fuses');
    const settings = (fuses?.fusesConfig ?? fuses?.config) as Record<string | number, unknown>;
    // FuseV1Options: RunAsNode = 0, EnableNodeOptionsEnvironmentVariable = 2, EnableNodeCliInspectArguments = 3, OnlyLoadAppFromAsar = 5
    expect(settings[0]).toBe(false);
    expect(settings[2]).toBe(false);
    expect(settings[3]).toBe(false);
    expect(settings[5]).toBe(true);
  });

  it('copies the external modules with their runtime dependencies, not install-time tools', () => {
    const closure = dependencyClosure(externalModules, root);
    for (const name of externalModules) expect(closure).toContain(name);
    expect(closure).toContain('fontkit'); // pdfkit's runtime dependency
    expect(closure).not.toContain('prebuild-install');
  });
});
