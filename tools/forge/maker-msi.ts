// A Forge maker for the per-machine MSI, in place of @electron-forge/maker-wix (whose dependency
// tree fetches from GitHub at install time). It writes the WiX source itself (wix/wix-source.ts)
// and compiles it with WiX v3 on Windows, or Debian's wixl anywhere else, so CI builds and
// inspects a real MSI. Signed with signtool when the build PC provides Windows signing.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { MakerBase, type MakerOptions } from '@electron-forge/maker-base';
import type { ForgePlatform } from '@electron-forge/shared-types';
import type { WindowsSigning } from './signing';
import { buildMsi, compilerFor } from './wix/build-msi';
import { signMsi } from './wix/sign-msi';
import type { WixProduct } from './wix/wix-source';

export interface MakerMsiConfig extends Omit<WixProduct, 'version'> {
  /** The .ico for Programs and Features (relative to the project). */
  readonly icon: string;
  readonly sign: WindowsSigning | null;
}

/** Whether the compiler for this platform can be run (WiX v3's candle on Windows, wixl elsewhere). */
function compilerAvailable(platform: NodeJS.Platform): boolean {
  const compiler = compilerFor(platform);
  const command = compiler === 'wix3' ? path.join(process.env.WIX ? path.join(process.env.WIX, 'bin') : '', 'candle.exe') : 'wixl';
  return !spawnSync(command, ['-?'], { stdio: 'ignore' }).error;
}

export class MakerMsi extends MakerBase<MakerMsiConfig> {
  name = 'msi';
  defaultPlatforms: ForgePlatform[] = ['win32'];

  override isSupportedOnCurrentPlatform(): boolean {
    if (compilerAvailable(process.platform)) return true;
    console.error(process.platform === 'win32'
      ? 'MSI: install the WiX Toolset v3 (candle.exe, light.exe on PATH or WIX set).'
      : 'MSI: install wixl (Debian: apt install wixl msitools).');
    return false;
  }

  override async make({ dir, makeDir, packageJSON, targetArch }: MakerOptions): Promise<string[]> {
    if (targetArch !== 'x64') throw new Error(`MSI: only x64 is built (asked for ${targetArch})`);
    const { icon, sign, ...product } = this.config;
    const version = (packageJSON as { version: string }).version;
    const msi = buildMsi({ ...product, version }, dir, path.resolve(icon), path.join(makeDir, 'msi', targetArch));
    if (sign) signMsi(sign, msi);
    return [msi];
  }
}
