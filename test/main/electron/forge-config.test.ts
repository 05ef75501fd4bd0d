// Packaging can only run where Electron can be downloaded; what can be checked here is checked:
// every file the Forge config points at exists, native addons are never rebuilt, fuses are set, the
// makers per platform (MSI with its fixed upgrade code), signing only from the environment, and no
// signing secret anywhere in the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import config, { WIX_UPGRADE_CODE, dependencyClosure, externalModules } from '../../../forge.config';

const root = path.resolve(__dirname, '../../..');
const exists = (p: string) => existsSync(path.join(root, p));

type Maker = { name: string; platforms?: string[] | null; config?: Record<string, unknown>; defaultPlatforms?: string[] };

/** The makers Forge runs for a platform: a maker's own platforms, else its class defaults. */
function makerNamesFor(platform: string): string[] {
  const makers = (config.makers ?? []) as unknown as Maker[];
  return makers.filter((m) => (m.platforms ?? m.defaultPlatforms ?? []).includes(platform)).map((m) => m.name).sort();
}

function msiMaker(): Maker & { configOrConfigFetcher: Record<string, unknown> } {
  return ((config.makers ?? []) as unknown as Maker[]).find((m) => m.name === 'msi') as Maker & { configOrConfigFetcher: Record<string, unknown> };
}

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
  });

  it('makes Squirrel and a per-machine MSI on Windows, a zip on macOS, a deb and a zip on Linux', () => {
    expect(makerNamesFor('win32')).toEqual(['msi', 'squirrel', 'zip']);
    expect(makerNamesFor('darwin')).toEqual(['zip']);
    expect(makerNamesFor('linux')).toEqual(['deb', 'zip']);
  });

  it('gives the MSI a fixed upgrade code, the app icon and the packaged executable (scope: test/tools/forge/wix-source.test.ts)', () => {
    const msi = msiMaker().configOrConfigFetcher;
    expect(msi.upgradeCode).toBe(WIX_UPGRADE_CODE);
    expect(WIX_UPGRADE_CODE).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(exists(msi.icon as string)).toBe(true);
    expect(msi.exe).toBe(`${config.packagerConfig?.executableName}.exe`);
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

describe('forge.config signing', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('is off without the environment, and on (packager, Squirrel and MSI) with it', async () => {
    expect(config.packagerConfig?.windowsSign).toBeUndefined();
    expect(config.packagerConfig?.osxSign).toBeUndefined();
    vi.stubEnv('SALVAGE_WIN_SIGN_PARAMS', '/sha1 0123abcd');
    vi.stubEnv('SALVAGE_MAC_SIGN_IDENTITY', 'Developer ID Application: X');
    vi.resetModules();
    const signed = (await import('../../../forge.config')).default;
    expect(signed.packagerConfig?.windowsSign).toMatchObject({ signWithParams: '/sha1 0123abcd' });
    expect(signed.packagerConfig?.osxSign).toEqual({ identity: 'Developer ID Application: X' });
    const makers = signed.makers as unknown as Array<{ name: string; configOrConfigFetcher?: Record<string, unknown> }>;
    expect(makers.find((m) => m.name === 'squirrel')?.configOrConfigFetcher?.windowsSign).toMatchObject({ signWithParams: '/sha1 0123abcd' });
    expect(makers.find((m) => m.name === 'msi')?.configOrConfigFetcher?.sign).toMatchObject({ signWithParams: '/sha1 0123abcd' });
  });
});

describe('the repository holds no signing secret', () => {
  // Tracked files only (what a clone gets); binary assets are skipped by their extension.
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  const textual = tracked.filter((f) => !/\.(png|ico|icns|ttf|otf|woff2?|pdf|jpg)$/i.test(f) && !f.endsWith('package-lock.json'));

  it('has no certificate or key files', () => {
    expect(tracked.filter((f) => /\.(pfx|p12|pem|key|cer|crt|p8|keystore|provisionprofile|mobileprovision)$/i.test(f))).toEqual([]);
  });

  it('has no private key block, and no password, certificate or Apple credential written into a config', () => {
    const findings: string[] = [];
    const rules: Array<[RegExp, string]> = [
      [/-----BEGIN [A-Z ]*PRIVATE KEY-----\s*[\r\n]+[A-Za-z0-9+/=]{40,}/, 'private key block'],
      [/(certificatePassword|appleIdPassword|APPLE_APP_SPECIFIC_PASSWORD|SALVAGE_WIN_CERT_PASSWORD)\s*[:=]\s*['"`][^'"`\s]{4,}['"`]/, 'password literal'],
      // a bare value (xxxx-xxxx-xxxx-xxxx), not part of a path or a longer kebab-case name
      [/(^|[\s'"`=:])[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}(?=$|[\s'"`,;])/m, 'Apple app-specific password'],
    ];
    for (const file of textual) {
      if (file.startsWith('test/')) continue; // tests hold made-up values to check the signing code
      const text = readFileSync(path.join(root, file), 'utf8');
      for (const [re, what] of rules) if (re.test(text)) findings.push(`${file}: ${what}`);
    }
    expect(findings).toEqual([]);
  });
});
