// Plain-JSON helpers for case inputs: merge patches, read and write dotted paths, list leaves.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = Record<string, unknown>;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * JSON Merge Patch (RFC 7396): objects merge key by key, arrays and scalars replace, `null`
 * removes the key, an absent (or undefined) key leaves the value unchanged.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return patch;
  const out: Obj = isPlainObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (FORBIDDEN_KEYS.has(k) || v === undefined) continue;
    if (v === null) delete out[k];
    else out[k] = isPlainObject(v) ? mergePatch(out[k], v) : v;
  }
  return out;
}

export function getPath(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const key of path.split('.')) {
    if (!isPlainObject(cur) || !Object.hasOwn(cur, key)) return undefined;
    cur = cur[key];
  }
  return cur;
}

/** A copy of `root` with `value` at `path` (intermediate objects created). */
export function setPath(root: unknown, path: string, value: unknown): Obj {
  const keys = path.split('.');
  if (keys.some((k) => k === '' || FORBIDDEN_KEYS.has(k))) throw new RangeError('invalid path');
  const copy: Obj = isPlainObject(root) ? { ...root } : {};
  let cur = copy;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      cur[key] = value;
    } else {
      const next = isPlainObject(cur[key]) ? { ...(cur[key] as Obj) } : {};
      cur[key] = next;
      cur = next;
    }
  });
  return copy;
}

/** Leaf values by dotted path (arrays count as leaves). */
export function leaves(root: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (!isPlainObject(root)) {
    if (prefix) out.set(prefix, root);
    return out;
  }
  for (const [k, v] of Object.entries(root)) {
    const p = prefix ? `${prefix}.${k}` : k;
    for (const [lp, lv] of leaves(v, p)) out.set(lp, lv);
  }
  return out;
}

/** Dotted paths whose leaf value differs between two documents. */
export function changedPaths(before: unknown, after: unknown): string[] {
  const a = leaves(before);
  const b = leaves(after);
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => JSON.stringify(a.get(k)) !== JSON.stringify(b.get(k))).sort();
}
