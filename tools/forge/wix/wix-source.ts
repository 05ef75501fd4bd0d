// The WiX (v3 schema) source of the per-machine MSI that IT deploys with Intune / SCCM: every file
// of the packaged app under Program Files\<name>, one Start-menu shortcut for all users, the fixed
// upgrade code (a newer MSI replaces an installed one in place) and no auto-update or auto-start.
// The same text builds with WiX v3 (candle + light) on Windows and with Debian's wixl, so what
// ships can be built and inspected on any CI machine.
import { GUID, msiVersion, stableGuid, xml } from './wix-ids';
import { wixTree } from './wix-tree';

export interface WixProduct {
  /** Product name: also the install folder and the shortcut's name. */
  readonly name: string;
  readonly manufacturer: string;
  readonly description: string;
  /** package.json version (x.y.z); an MSI compares the first three fields. */
  readonly version: string;
  /** Fixed for the life of the product (forge.config.ts WIX_UPGRADE_CODE). */
  readonly upgradeCode: string;
  /** The executable's file name inside the app folder, e.g. `salvage-desk.exe`. */
  readonly exe: string;
  /** Windows language id of the installer's strings: 1041 Japanese (code page 932) or 1033 English (1252). */
  readonly language: 1041 | 1033;
}

/**
 * What the MSI installs: the files of the packaged app folder, relative to it and '/'-separated
 * (listPayload). Every Source path in the WiX text is relative to that folder, and the compiler
 * runs there (wixl takes no absolute source paths).
 */
export interface WixPayload {
  readonly files: readonly string[];
  /** The .ico for Programs and Features, relative to the app folder, or null. */
  readonly icon: string | null;
}


/** Windows ANSI code page of the installer's strings: WiX v3 refuses Japanese text in any other. */
const CODEPAGE: Record<WixProduct['language'], number> = { 1041: 932, 1033: 1252 };

/** The registry key that marks the shortcut as installed (a per-machine component's key path). */
const registryKey = (p: WixProduct): string => `Software\\${p.manufacturer}\\${p.name}`;

function checked(p: WixProduct): void {
  if (!GUID.test(p.upgradeCode)) throw new Error(`msi: upgrade code ${p.upgradeCode} is not an upper-case GUID`);
  if (!/^[^\\/:*?"<>|]+\.exe$/i.test(p.exe)) throw new Error(`msi: ${p.exe} is not an .exe file name`);
}

/** The whole .wxs text for `product` installing `payload` (which must contain product.exe). */
export function wixSource(product: WixProduct, payload: WixPayload): string {
  checked(product);
  if (!payload.files.includes(product.exe)) throw new Error(`msi: the payload has no ${product.exe}`);
  const p = product;
  const tree = wixTree(payload.files, p.upgradeCode);
  const shortcut = 'StartMenuShortcut';
  const icon = payload.icon
    ? [`    <Icon Id="AppIcon.ico" SourceFile="${xml(payload.icon)}" />`, '    <Property Id="ARPPRODUCTICON" Value="AppIcon.ico" />']
    : [];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">',
    `  <Product Id="*" Name="${xml(p.name)}" Language="${p.language}" Codepage="${CODEPAGE[p.language]}" Version="${msiVersion(p.version)}" Manufacturer="${xml(p.manufacturer)}" UpgradeCode="${p.upgradeCode}">`,
    // InstallScope perMachine: ALLUSERS=1, Program Files and the all-users Start menu; needs admin
    // (IT's deployment tools run as SYSTEM). x64 comes from the compiler's arch option.
    `    <Package InstallerVersion="500" Compressed="yes" InstallScope="perMachine" Languages="${p.language}" SummaryCodepage="${CODEPAGE[p.language]}" Description="${xml(p.description)}" Manufacturer="${xml(p.manufacturer)}" />`,
    // A newer version replaces the installed one; an older one refuses to install over it.
    `    <MajorUpgrade DowngradeErrorMessage="${xml(`A newer version of ${p.name} is already installed.`)}" />`,
    '    <Media Id="1" Cabinet="app.cab" EmbedCab="yes" />',
    ...icon,
    '    <Directory Id="TARGETDIR" Name="SourceDir">',
    '      <Directory Id="ProgramFiles64Folder">',
    `        <Directory Id="INSTALLFOLDER" Name="${xml(p.name)}">`,
    tree.xml,
    '        </Directory>',
    '      </Directory>',
    '      <Directory Id="ProgramMenuFolder">',
    `        <Component Id="${shortcut}" Guid="${stableGuid(p.upgradeCode, 'start-menu-shortcut')}" Win64="yes">`,
    `          <Shortcut Id="AppShortcut" Name="${xml(p.name)}" Description="${xml(p.description)}" Target="[INSTALLFOLDER]${xml(p.exe)}" WorkingDirectory="INSTALLFOLDER" />`,
    `          <RegistryValue Root="HKLM" Key="${xml(registryKey(p))}" Name="StartMenuShortcut" Type="integer" Value="1" KeyPath="yes" />`,
    '        </Component>',
    '      </Directory>',
    '    </Directory>',
    '    <Feature Id="Main" Title="Main" Level="1">',
    ...[...tree.componentIds, shortcut].map((id) => `      <ComponentRef Id="${id}" />`),
    '    </Feature>',
    '  </Product>',
    '</Wix>',
    '',
  ].join('\n');
}
