// Turns a packaged app folder into the per-machine MSI: lists the payload, writes the WiX source
// beside the output, and compiles it with WiX v3 (candle + light) on Windows or wixl elsewhere.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assertNever } from '../../../src-shared/assert-never';
import { wixSource, type WixProduct } from './wix-source';

/** Every file under `root`, relative and '/'-separated, sorted (symbolic links are not followed). */
export function listPayload(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const name = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listPayload(root, name));
    else if (entry.isFile()) out.push(name);
  }
  return out.sort();
}

export type WixCompiler = 'wix3' | 'wixl';

/** The compiler for this machine: WiX v3 on Windows (on PATH or WIX), Debian's wixl elsewhere. */
export const compilerFor = (platform: NodeJS.Platform): WixCompiler => (platform === 'win32' ? 'wix3' : 'wixl');

/** Compile `wxs` to `msi` (absolute paths), resolving its Source paths from `cwd`. */
function compile(compiler: WixCompiler, wxs: string, msi: string, cwd: string): void {
  const run = (cmd: string, args: string[]): void => {
    execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  };
  switch (compiler) {
    case 'wixl':
      run('wixl', ['--arch', 'x64', '-o', msi, wxs]);
      return;
    case 'wix3': {
      const bin = process.env.WIX ? path.join(process.env.WIX, 'bin') : '';
      const obj = wxs.replace(/\.wxs$/, '.wixobj');
      run(path.join(bin, 'candle.exe'), ['-nologo', '-arch', 'x64', '-o', obj, wxs]);
      run(path.join(bin, 'light.exe'), ['-nologo', '-o', msi, obj]);
      return;
    }
    default:
      assertNever(compiler, 'WiX compiler');
  }
}

/**
 * Build `<outDir>/<name>-<version>-x64.msi` from the app folder `appDir`, with `icon` (a .ico
 * file) for Programs and Features; returns the MSI's path. The .wxs stays beside it for review.
 */
export function buildMsi(product: WixProduct, appDir: string, icon: string | null, outDir: string, compiler: WixCompiler = compilerFor(process.platform)): string {
  outDir = path.resolve(outDir);
  mkdirSync(outDir, { recursive: true });
  const base = `${product.name.replace(/\s+/g, '-')}-${product.version}-x64`;
  const wxs = path.join(outDir, `${base}.wxs`);
  const msi = path.join(outDir, `${base}.msi`);
  const payload = { files: listPayload(appDir), icon: icon === null ? null : path.relative(appDir, path.resolve(icon)) };
  writeFileSync(wxs, wixSource(product, payload));
  compile(compiler, wxs, msi, appDir);
  return msi;
}
