// Names and numbers in the MSI source: the MSI version, GUIDs that stay the same from build to
// build, WiX identifiers, and XML escaping.
import { createHash } from 'node:crypto';

const VERSION = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/;
export const GUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

/** x.y.z of a semver version (a pre-release suffix dropped: MSI versions are numbers only). */
export function msiVersion(version: string): string {
  const m = VERSION.exec(version);
  if (!m) throw new Error(`msi: version ${JSON.stringify(version)} is not x.y.z`);
  const [major, minor, build] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (major > 255 || minor > 255 || build > 65535) throw new Error(`msi: version ${version} is beyond 255.255.65535`);
  return `${major}.${minor}.${build}`;
}

/**
 * A GUID that is the same on every build for the same product and name (name-based, SHA-1 like
 * RFC 4122 version 5): a component keeps its GUID from one release to the next, as Windows
 * Installer's component rules ask, without a table of GUIDs to maintain.
 */
export function stableGuid(upgradeCode: string, name: string): string {
  const h = createHash('sha1').update(`${upgradeCode}\n${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An identifier WiX accepts (letters, digits, _ and .; at most 72 characters), unique per input. */
export function wixId(prefix: string, name: string): string {
  return `${prefix}_${createHash('sha1').update(name).digest('hex').slice(0, 24)}`;
}

export const xml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
export const winPath = (p: string): string => p.split('/').join('\\');
