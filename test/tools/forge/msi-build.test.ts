// A real MSI of a stand-in payload (a few small files where the packaged app would be), built by
// the maker's own code with Debian's wixl and read back with msiinfo (msitools): the tables that
// Windows Installer acts on say per machine, the fixed upgrade code, the version, the install
// folder, every file and the Start-menu shortcut. Skipped, loudly, without wixl and msiinfo.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import config, { WIX_UPGRADE_CODE } from '../../../forge.config';
import pkg from '../../../package.json';
import type { MakerMsiConfig } from '../../../tools/forge/maker-msi';
import { buildMsi } from '../../../tools/forge/wix/build-msi';

const has = (cmd: string): boolean => !spawnSync(cmd, ['--version'], { stdio: 'ignore' }).error;
const tools = has('wixl') && has('msiinfo');
if (!tools) console.warn('SKIPPED: building a real MSI needs wixl and msiinfo (Debian: apt install wixl msitools).');

const work = mkdtempSync(path.join(tmpdir(), 'msi-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** One msiinfo table as rows of column → value (export prints names, types, the table name, then rows). */
function table(msi: string, name: string): Record<string, string>[] {
  const lines = execFileSync('msiinfo', ['export', msi, name], { encoding: 'utf8' }).split(/\r?\n/).filter(Boolean);
  const columns = lines[0]!.split('\t');
  return lines.slice(3).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [columns[i], v])));
}

function standIn(): string {
  const app = path.join(work, 'Salvage Desk-win32-x64');
  const files = { 'salvage-desk.exe': 'MZ stand-in', 'resources/app.asar': 'asar', 'locales/ja.pak': 'pak', 'LICENSE': 'MIT' };
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(app, rel)), { recursive: true });
    writeFileSync(path.join(app, rel), body);
  }
  return app;
}

describe.skipIf(!tools)('the MSI built with wixl', () => {
  const makers = (config.makers ?? []) as unknown as Array<{ name: string; configOrConfigFetcher: MakerMsiConfig }>;
  const { icon, sign: _sign, ...product } = makers.find((m) => m.name === 'msi')!.configOrConfigFetcher;

  it('installs per machine into Program Files\\Salvage Desk with the fixed upgrade code, version, files and shortcut', () => {
    const msi = buildMsi({ ...product, version: pkg.version }, standIn(), path.resolve(icon), path.join(work, 'out'), 'wixl');
    const props = Object.fromEntries(table(msi, 'Property').map((r) => [r.Property, r.Value]));
    expect(props.ALLUSERS).toBe('1');
    expect(props.UpgradeCode).toBe(`{${WIX_UPGRADE_CODE}}`);
    expect(props.ProductVersion).toBe(pkg.version);
    expect(props.ProductName).toBe('Salvage Desk');
    expect(props.ARPPRODUCTICON).toBe('AppIcon.ico');
    const dirs = table(msi, 'Directory');
    expect(dirs.find((d) => d.Directory === 'INSTALLFOLDER')).toMatchObject({ Directory_Parent: 'ProgramFiles64Folder', DefaultDir: 'Salvage Desk' });
    expect(table(msi, 'File').map((f) => f.FileName).sort()).toEqual(['LICENSE', 'app.asar', 'ja.pak', 'salvage-desk.exe']);
    expect(table(msi, 'Shortcut')).toEqual([expect.objectContaining({ Directory_: 'ProgramMenuFolder', Name: 'Salvage Desk', Target: '[INSTALLFOLDER]salvage-desk.exe' })]);
    // The upgrade table: older versions are found and removed; a newer installed one blocks a downgrade.
    const upgrades = table(msi, 'Upgrade');
    expect(upgrades.map((u) => [u.UpgradeCode, u.ActionProperty])).toEqual(expect.arrayContaining([[`{${WIX_UPGRADE_CODE}}`, 'WIX_UPGRADE_DETECTED'], [`{${WIX_UPGRADE_CODE}}`, 'WIX_DOWNGRADE_DETECTED']]));
    expect(execFileSync('msiinfo', ['suminfo', msi], { encoding: 'utf8' })).toMatch(/Template: x64;/);
  });
});
