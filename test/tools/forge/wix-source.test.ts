// The per-machine MSI's WiX source, as forge.config.ts configures it: what IT relies on when it
// deploys and upgrades the app (per-machine scope, the fixed upgrade code, the version, the
// install folder, the Start-menu shortcut), and the same component GUIDs from build to build.
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import config, { WIX_UPGRADE_CODE } from '../../../forge.config';
import pkg from '../../../package.json';
import type { MakerMsiConfig } from '../../../tools/forge/maker-msi';
import { msiVersion, stableGuid } from '../../../tools/forge/wix/wix-ids';
import { wixSource, type WixPayload } from '../../../tools/forge/wix/wix-source';

function shippedConfig(): MakerMsiConfig {
  const makers = (config.makers ?? []) as unknown as Array<{ name: string; configOrConfigFetcher: MakerMsiConfig }>;
  const msi = makers.find((m) => m.name === 'msi');
  if (!msi) throw new Error('no msi maker in forge.config.ts');
  return msi.configOrConfigFetcher;
}

const PAYLOAD: WixPayload = {
  files: ['salvage-desk.exe', 'resources/app.asar', 'resources/app.asar.unpacked/node_modules/keytar/build/Release/keytar.node', 'locales/ja.pak', 'a&b\'s <odd> "name".txt'],
  icon: '../assets/icon.ico',
};

function source(payload: WixPayload = PAYLOAD, version = pkg.version): Document {
  const { icon: _icon, sign: _sign, ...product } = shippedConfig();
  const text = wixSource({ ...product, version }, payload);
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.querySelector('parsererror'), 'well-formed XML').toBeNull();
  return doc;
}

const all = (doc: Document, tag: string): Element[] => [...doc.getElementsByTagName(tag)];
const one = (doc: Document, tag: string): Element => {
  const found = all(doc, tag);
  expect(found, tag).toHaveLength(1);
  return found[0]!;
};

describe('the MSI WiX source', () => {
  it('installs per machine, with the fixed upgrade code and package.json version, replacing older versions', () => {
    const doc = source();
    const product = one(doc, 'Product');
    expect(product.getAttribute('UpgradeCode')).toBe(WIX_UPGRADE_CODE);
    expect(product.getAttribute('Version')).toBe(pkg.version);
    expect(product.getAttribute('Id')).toBe('*'); // a new product code per build: a major upgrade
    expect(product.getAttribute('Name')).toBe('Salvage Desk');
    expect(one(doc, 'Package').getAttribute('InstallScope')).toBe('perMachine');
    expect(one(doc, 'MajorUpgrade').getAttribute('DowngradeErrorMessage')).toMatch(/newer version/);
  });

  it('puts every file under Program Files\\Salvage Desk, each once, in its folder', () => {
    const doc = source();
    const programFiles = all(doc, 'Directory').find((d) => d.getAttribute('Id') === 'ProgramFiles64Folder')!;
    const install = programFiles.querySelector(':scope > Directory')!;
    expect(install.getAttribute('Id')).toBe('INSTALLFOLDER');
    expect(install.getAttribute('Name')).toBe('Salvage Desk');
    const installed = all(doc, 'File').map((f) => {
      const folders: string[] = [];
      for (let d = f.parentElement?.parentElement; d && d !== install; d = d.parentElement) folders.unshift(d.getAttribute('Name')!);
      return [...folders, f.getAttribute('Name')].join('/');
    });
    expect(installed.sort()).toEqual([...PAYLOAD.files].sort());
    expect(all(doc, 'File').every((f) => install.contains(f))).toBe(true);
  });

  it('adds one all-users Start-menu shortcut that starts the installed executable', () => {
    const doc = source();
    const shortcut = one(doc, 'Shortcut');
    expect(shortcut.closest('Directory')?.getAttribute('Id')).toBe('ProgramMenuFolder');
    expect(shortcut.getAttribute('Target')).toBe('[INSTALLFOLDER]salvage-desk.exe');
    expect(shortcut.getAttribute('Name')).toBe('Salvage Desk');
    // A per-machine component's key path: under HKLM, never the installing user's HKCU.
    expect(shortcut.parentElement?.querySelector('RegistryValue')?.getAttribute('Root')).toBe('HKLM');
    expect(all(doc, 'ComponentRef').map((c) => c.getAttribute('Id'))).toContain(shortcut.parentElement?.getAttribute('Id'));
  });

  it('keeps each component GUID from build to build, one per file, and installs every component', () => {
    const pairs = (doc: Document): [string | null, string | null][] => all(doc, 'Component').map((c) => [c.getAttribute('Id'), c.getAttribute('Guid')]);
    const a = pairs(source());
    const b = pairs(source({ ...PAYLOAD, files: [...PAYLOAD.files].reverse() }, '9.8.7'));
    expect(new Map(b)).toEqual(new Map(a));
    expect(new Set(a.map(([, g]) => g)).size).toBe(a.length);
    expect(stableGuid(WIX_UPGRADE_CODE, 'x')).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    const refs = all(source(), 'ComponentRef').map((c) => c.getAttribute('Id')).sort();
    expect(refs).toEqual(a.map(([id]) => id).sort());
  });

  it('refuses a payload without the executable and a version an MSI cannot hold', () => {
    expect(() => source({ ...PAYLOAD, files: ['resources/app.asar'] })).toThrow(/salvage-desk\.exe/);
    expect(msiVersion('1.2.3-beta.1')).toBe('1.2.3');
    expect(() => msiVersion('1.2')).toThrow(/x\.y\.z/);
    expect(() => msiVersion('256.0.0')).toThrow(/255/);
  });
});
