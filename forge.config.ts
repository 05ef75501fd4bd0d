import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { MakerDeb } from '@electron-forge/maker-deb';
import { VitePlugin } from '@electron-forge/plugin-vite';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { MakerMsi } from './tools/forge/maker-msi';
import { signingFromEnv } from './tools/forge/signing';
import { buildDeskVerifier, DEFAULT_OUT as DESK_VERIFIER_PAGE } from './tools/desk-verifier/build';

/**
 * Modules kept out of the Vite bundle (native addons, and pdfkit, which reads its font metrics
 * from files next to its code). They are copied with their dependency closure into the package.
 * Both native addons are N-API: one prebuilt binary works in Node 24 and Electron 45 alike, so
 * Forge must not rebuild them (a rebuild would need a C++ toolchain on every Windows PC).
 */
export const externalModules = ['keytar', 'better-sqlite3-multiple-ciphers', 'pdfkit'];

/**
 * Files the main process reads at run time, copied into the package beside `.vite/` (the record's
 * prepared fonts: src-main/core/records/fonts.ts finds them from the bundle).
 */
export const packagedAssets = ['assets/record-fonts'];

/**
 * Needed only while `npm ci` installs the addons (prebuild download, C++ headers), never at run
 * time: not copied into the package.
 */
const installTimeOnly = new Set(['prebuild-install', 'node-addon-api', 'node-gyp-build', 'node-gyp']);

export function dependencyClosure(roots: readonly string[], root = process.cwd()): string[] {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name) || installTimeOnly.has(name)) return;
    const manifest = path.join(root, 'node_modules', name, 'package.json');
    if (!existsSync(manifest)) return; // optional dependency not installed on this platform
    seen.add(name);
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) visit(dep);
  };
  roots.forEach(visit);
  return [...seen];
}

/**
 * The MSI's upgrade code: fixed for the life of the product, so a newer MSI replaces an installed
 * one (Intune / SCCM upgrades in place) instead of installing beside it. Never change it.
 */
export const WIX_UPGRADE_CODE = 'FBDB76FE-5108-4BA7-912A-A1D4E011ED95';

/** The app's executable (salvage-desk.exe on Windows): the packager names it, the MSI's shortcut starts it. */
const EXECUTABLE = 'salvage-desk';

const signing = signingFromEnv(process.env);
const winSign = signing.windows ?? undefined;

const config: ForgeConfig = {
  packagerConfig: {
    name: 'Salvage Desk',
    executableName: EXECUTABLE,
    appBundleId: 'jp.ac.u-tokyo.salvage-desk',
    icon: 'assets/icon', // .ico (Windows), .icns (macOS), .png (Linux): made by tools/scripts/make-icons.ts
    // Native .node files cannot be loaded from inside an asar archive.
    asar: { unpack: '**/*.node' },
    // The desk's verifier page ships beside the app (resources/salvage-desk-verifier.html), so
    // Settings can save it for the desk without any developer command (built in generateAssets).
    extraResource: [DESK_VERIFIER_PAGE],
    // Signing only when the build PC's environment provides it (tools/forge/signing.ts).
    ...(winSign ? { windowsSign: winSign } : {}),
    ...(signing.mac ? { osxSign: { identity: signing.mac.identity } } : {}),
    ...(signing.mac?.notarize ? { osxNotarize: signing.mac.notarize } : {}),
  },
  rebuildConfig: { onlyModules: [], force: false },
  hooks: {
    // Before start and package: the verifier page that ships with this version of the app.
    generateAssets: async () => {
      await buildDeskVerifier(DESK_VERIFIER_PAGE);
    },
    // One line per build saying whether this platform's output is signed (never the secrets).
    prePackage: async (_config, platform) => {
      if (platform === 'win32' || platform === 'darwin') console.log(`[salvage-desk] ${signing.notes[platform]}`);
    },
    // The Vite plugin packages only `.vite/`; copy the external modules and run-time assets next to it.
    packageAfterCopy: async (_config, buildPath) => {
      for (const dir of packagedAssets) cpSync(path.join(process.cwd(), dir), path.join(buildPath, dir), { recursive: true });
      for (const name of dependencyClosure(externalModules)) {
        cpSync(path.join(process.cwd(), 'node_modules', name), path.join(buildPath, 'node_modules', name), {
          recursive: true,
          filter: (src) => !/[\\/](test|tests|docs|example|examples|benchmark|deps|src)[\\/]?$/.test(src) || src.includes('prebuilds'),
        });
      }
    },
  },
  makers: [
    // Per-user installer for a single PC, beside the per-machine MSI that IT deploys.
    new MakerSquirrel({ name: 'salvage_desk', setupIcon: 'assets/icon.ico', authors: 'The University of Tokyo', ...(winSign ? { windowsSign: winSign } : {}) }),
    // Per-machine MSI for Intune / SCCM: WiX v3 on a Windows build PC, or Debian's wixl (which CI
    // uses to build and inspect it). No auto-update, no auto-start: IT pushes updates, staff start it.
    new MakerMsi({
      name: 'Salvage Desk',
      manufacturer: 'The University of Tokyo',
      description: 'クラウドデータ救出 本人確認デスク',
      exe: `${EXECUTABLE}.exe`,
      icon: 'assets/icon.ico',
      upgradeCode: WIX_UPGRADE_CODE,
      language: 1041, // Japanese
      sign: winSign ?? null,
    }, ['win32']),
    new MakerZIP({}, ['darwin', 'linux', 'win32']),
    new MakerDeb({ options: { name: 'salvage-desk', productName: 'Salvage Desk', icon: 'assets/icon.png', categories: ['Office'], maintainer: 'Salvage Desk developers' } }),
  ],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'src-main/electron/main.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'src-main/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
    // Hardening fixed at package time: https://www.electronjs.org/docs/latest/tutorial/fuses
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    }),
  ],
};

export default config;
