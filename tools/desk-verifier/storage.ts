// The registry survives a reload: it is kept in the browser's storage for this page (file:// pages
// included), read back with the shared schema at start — an entry that does not pass it makes the
// stored copy unreadable (fail closed: nothing trusted, staff told to open the file again). The
// desk's grace period is kept the same way.
import { parseRegistry, registryJson, type Registry } from '../../src-shared/protocol/verify';

const REGISTRY_KEY = 'salvage-desk-verifier.registry';
const GRACE_KEY = 'salvage-desk-verifier.grace-days';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export type StoredRegistry = { readonly registry: Registry; readonly problem: null | 'unreadable' | 'unavailable' };

export function loadRegistry(): StoredRegistry {
  const s = storage();
  if (s === null) return { registry: { keys: [] }, problem: 'unavailable' };
  const raw = s.getItem(REGISTRY_KEY);
  if (raw === null) return { registry: { keys: [] }, problem: null };
  try {
    return { registry: parseRegistry(JSON.parse(raw)), problem: null };
  } catch {
    return { registry: { keys: [] }, problem: 'unreadable' };
  }
}

/** False when the browser refuses to keep it. */
export function saveRegistry(registry: Registry): boolean {
  try {
    const s = storage();
    if (s === null) return false;
    s.setItem(REGISTRY_KEY, registryJson(registry));
    return true;
  } catch {
    return false;
  }
}

export function loadGraceDays(fallback: number): number {
  const raw = storage()?.getItem(GRACE_KEY) ?? null;
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 && n <= 365 ? n : fallback;
}

export function saveGraceDays(days: number): void {
  try {
    storage()?.setItem(GRACE_KEY, String(days));
  } catch {
    // Not kept: the default applies after a reload, and the field shows it.
  }
}
