// I/O faults the fuzz injects into one call at a time: a full disk (writes under the fuzz folder
// fail with ENOSPC), a full disk under the database (every SQLite write statement fails with
// SQLITE_FULL, as SQLite reports it), a refused rename (EPERM, as a locked file on Windows) and a keychain that
// refuses (the typed error the real keychain store gives). The fs functions are wrapped once and
// the ESM named exports synced, so modules that imported them by name see the same fault.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import Database from 'better-sqlite3-multiple-ciphers';
import type { SecretStore } from '../../src-main/core/core-types';
import { keychainUnavailable } from '../../src-main/core/secrets/keychain-error';

export type FaultKind = 'disk-full' | 'database-full' | 'rename' | 'keychain';
export const FAULT_KINDS: readonly FaultKind[] = ['disk-full', 'database-full', 'rename', 'keychain'];

const sysError = (code: string, syscall: string, p: unknown): Error =>
  Object.assign(new Error(`${code}: injected ${syscall} failure`), { code, syscall, path: String(p) });

export interface Faults {
  armed: FaultKind | null;
  /** How many operations each fault actually broke. */
  readonly hits: Record<FaultKind, number>;
  secrets(inner: SecretStore): SecretStore;
  restore(): void;
}

type AnyFn = (...args: never[]) => unknown;

export function installFaults(root: string): Faults {
  const faults: Faults = {
    armed: null,
    hits: { 'disk-full': 0, 'database-full': 0, rename: 0, keychain: 0 },
    secrets: (inner) => ({
      get: (n) => (hit('keychain') ? Promise.reject(keychainUnavailable(new Error('injected'))) : inner.get(n)),
      set: (n, v) => (hit('keychain') ? Promise.reject(keychainUnavailable(new Error('injected'))) : inner.set(n, v)),
      delete: (n) => (hit('keychain') ? Promise.reject(keychainUnavailable(new Error('injected'))) : inner.delete(n)),
    }),
    restore: () => undefined,
  };
  function hit(kind: FaultKind, p?: unknown): boolean {
    if (faults.armed !== kind) return false;
    if (p !== undefined && !(typeof p === 'string' && p.startsWith(root))) return false;
    faults.hits[kind] += 1;
    return true;
  }
  const writes = (flags: unknown): boolean => typeof flags === 'string' && /[wa+]/.test(flags);
  const originals: [object, string, AnyFn][] = [];
  const wrap = (target: object, name: string, make: (orig: AnyFn) => AnyFn): void => {
    const orig = (target as Record<string, AnyFn>)[name]!;
    originals.push([target, name, orig]);
    (target as Record<string, AnyFn>)[name] = make(orig);
  };
  const call = (orig: AnyFn, args: unknown[]): unknown => (orig as (...a: unknown[]) => unknown)(...args);
  wrap(fs, 'writeFileSync', (orig) => ((...a: unknown[]) => { if (hit('disk-full', a[0])) throw sysError('ENOSPC', 'write', a[0]); return call(orig, a); }) as AnyFn);
  wrap(fs, 'openSync', (orig) => ((...a: unknown[]) => { if (writes(a[1]) && hit('disk-full', a[0])) throw sysError('ENOSPC', 'open', a[0]); return call(orig, a); }) as AnyFn);
  wrap(fs, 'renameSync', (orig) => ((...a: unknown[]) => { if (hit('rename', a[0])) throw sysError('EPERM', 'rename', a[0]); return call(orig, a); }) as AnyFn);
  wrap(fs.promises, 'writeFile', (orig) => ((...a: unknown[]) => (hit('disk-full', a[0]) ? Promise.reject(sysError('ENOSPC', 'write', a[0])) : call(orig, a))) as AnyFn);
  wrapDatabase(wrap, () => { if (hit('database-full')) throw sqliteFull(); });
  syncBuiltinESMExports();
  faults.restore = () => {
    for (const [target, name, orig] of originals) (target as Record<string, AnyFn>)[name] = orig;
    syncBuiltinESMExports();
  };
  return faults;
}

/** The error better-sqlite3 throws when SQLite reports a full disk. */
function sqliteFull(): Error {
  const SqliteError = (Database as unknown as { SqliteError: new (message: string, code: string) => Error }).SqliteError;
  return new SqliteError('database or disk is full', 'SQLITE_FULL');
}

/** Statement.run and Database.exec (every write the core makes) check `before` first. */
function wrapDatabase(wrap: (target: object, name: string, make: (orig: AnyFn) => AnyFn) => void, before: () => void): void {
  const probe = new Database(':memory:');
  const statementProto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as object;
  probe.close();
  for (const [target, name] of [[statementProto, 'run'], [Database.prototype, 'exec']] as const) {
    wrap(target, name, (orig) => (function (this: unknown, ...a: unknown[]) { before(); return (orig as (...x: unknown[]) => unknown).apply(this, a); }) as AnyFn);
  }
}
