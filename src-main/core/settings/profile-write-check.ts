// The machine-wide profile decides where personal data goes, so it is applied only when neither
// the file nor its folder can be changed by anyone but an administrator. Linux and macOS: both
// owned by root with no group or other write. Windows: both owned by an administrator (an owner
// may always rewrite the ACL, and ordinary users own what they create under ProgramData) and no
// one else allowed to write in their ACL as `icacls` prints it.
// On every OS neither the file nor its folder may be a link (a symlink, a Windows junction or any
// other reparse point): the check must look at the objects that are read, not at a target that can
// sit anywhere. On Windows an ordinary user may create C:\ProgramData\Salvage Desk as a junction to
// a folder they prepared elsewhere (an NTFS USB stick with owner Administrators and an admin-only
// ACL), and the owner and ACL lookups would report that target. On Linux and macOS only root can
// place a link there, but the link's target then sits behind folders this check never sees, so the
// rule is the same everywhere: IT places the real file in the real folder.
// Whatever cannot be checked counts as failed; the caller applies nothing and says why.
import { execFile } from 'node:child_process';
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { nonAdminWriters, parseIcacls } from './icacls';

export type WriteCheckProblem = 'link' | 'owner-not-admin' | 'group-or-other-write' | 'acl-non-admin-write' | 'check-failed';

export type WriteCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly problem: WriteCheckProblem; readonly target: 'file' | 'folder'; readonly principals?: readonly string[] };

/** The check openCore runs before applying the profile at `file` (injected in tests). */
export type ProfileWriteCheck = (file: string) => Promise<WriteCheck>;

/** What lstat says of one object (the link itself when it is one). */
export interface PosixStat {
  readonly uid: number;
  readonly mode: number;
  isSymbolicLink(): boolean;
}

/** POSIX: not a link, owned by an administrator (root unless told otherwise), not writable by group or other. */
export function posixAdminOnly(st: PosixStat, target: 'file' | 'folder', adminUids: readonly number[] = [0]): WriteCheck {
  if (st.isSymbolicLink()) return { ok: false, problem: 'link', target };
  if (!adminUids.includes(st.uid)) return { ok: false, problem: 'owner-not-admin', target };
  if ((st.mode & 0o022) !== 0) return { ok: false, problem: 'group-or-other-write', target };
  return { ok: true };
}

export function posixWriteCheck(adminUids: readonly number[] = [0]): ProfileWriteCheck {
  return async (file) => {
    for (const [target, p] of [['file', file], ['folder', path.dirname(file)]] as const) {
      let st;
      try {
        st = lstatSync(p);
      } catch {
        return { ok: false, problem: 'check-failed', target };
      }
      const check = posixAdminOnly(st, target, adminUids);
      if (!check.ok) return check;
    }
    return { ok: true };
  };
}

/** The verdict on one `icacls` output. */
export function aclWriteCheck(output: string, target: string, which: 'file' | 'folder'): WriteCheck {
  const parsed = parseIcacls(output, target);
  if (!parsed.ok) return { ok: false, problem: 'check-failed', target: which };
  const writers = nonAdminWriters(parsed.entries);
  return writers.length === 0 ? { ok: true } : { ok: false, problem: 'acl-non-admin-write', target: which, principals: writers };
}

const run = promisify(execFile);

/** Owners that are administrators on every Windows PC: SYSTEM, Administrators, TrustedInstaller. */
const ADMIN_OWNER_SIDS: ReadonlySet<string> = new Set(['S-1-5-18', 'S-1-5-32-544', 'S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464']);

export const isAdminOwnerSid = (sid: string): boolean => ADMIN_OWNER_SIDS.has(sid.trim().toUpperCase());

export interface WindowsAclReaders {
  /** `icacls <name> /L` run in `cwd`: the ACL of the object itself, never of a link's target. */
  readonly runIcacls: (name: string, cwd: string) => Promise<string>;
  /**
   * PowerShell's `attributes=<number>` and `owner=<SID>` lines for the object itself (parseItemFacts).
   * icacls does not show owners, and an owner may always rewrite the ACL.
   */
  readonly itemFacts: (fullPath: string) => Promise<string>;
  /** Whether Node's lstat calls the object a link (it does for symlinks and junctions on Windows). */
  readonly isLink: (fullPath: string) => Promise<boolean>;
}

/**
 * A Windows tool by its full path under System32. Never by bare name: Windows (libuv) looks a bare
 * name up in the working directory first, and icacls runs in the profile folder, which is exactly
 * the place this check does not trust yet (a planted icacls.com there would run as staff).
 */
export function system32Tool(relative: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const root = env.SystemRoot ?? env.windir;
  return path.win32.join(root && path.win32.isAbsolute(root) ? root : 'C:\\Windows', 'System32', relative);
}


/** FILE_ATTRIBUTE_REPARSE_POINT: a symlink, a junction, a mount point or any other reparse point. */
const REPARSE_POINT = 0x400;

export interface ItemFacts {
  readonly ownerSid: string;
  readonly reparsePoint: boolean;
}

/** The owner and the reparse-point attribute from itemFacts' output; null when either is missing. */
export function parseItemFacts(output: string): ItemFacts | null {
  const line = (name: string): string | undefined =>
    output.split(/\r?\n/).map((l) => l.trim()).find((l) => l.startsWith(`${name}=`))?.slice(name.length + 1);
  const attributes = line('attributes');
  const owner = line('owner');
  if (attributes === undefined || !/^\d{1,10}$/.test(attributes) || !owner) return null;
  return { ownerSid: owner, reparsePoint: (Number(attributes) & REPARSE_POINT) !== 0 };
}

// The path travels in an environment variable, never inside the command text. Get-Item -Force
// reports the item itself (a junction's own attributes); the attributes go out as a number so the
// answer does not depend on the language of Windows.
const ITEM_FACTS_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  '$p = $env:SALVAGE_DESK_ACL_TARGET',
  "'attributes=' + [int]((Get-Item -Force -LiteralPath $p).Attributes)",
  "'owner=' + (Get-Acl -LiteralPath $p).GetOwner([System.Security.Principal.SecurityIdentifier]).Value",
].join('; ');

const defaultReaders: WindowsAclReaders = {
  runIcacls: async (name, cwd) => (await run(system32Tool('icacls.exe'), [name, '/L'], { cwd, windowsHide: true, timeout: 15_000 })).stdout,
  itemFacts: async (fullPath) => (await run(system32Tool('WindowsPowerShell\\v1.0\\powershell.exe'), [
    '-NoProfile', '-NonInteractive', '-Command', ITEM_FACTS_SCRIPT,
  ], { env: { ...process.env, SALVAGE_DESK_ACL_TARGET: fullPath }, windowsHide: true, timeout: 30_000 })).stdout,
  isLink: async (fullPath) => lstatSync(fullPath).isSymbolicLink(),
};

async function windowsTarget(readers: WindowsAclReaders, which: 'file' | 'folder', fullPath: string, name: string, cwd: string): Promise<WriteCheck> {
  let facts: ItemFacts | null;
  let output: string;
  try {
    facts = parseItemFacts(await readers.itemFacts(fullPath));
    if (facts?.reparsePoint) return { ok: false, problem: 'link', target: which };
    output = await readers.runIcacls(name, cwd);
  } catch {
    return { ok: false, problem: 'check-failed', target: which };
  }
  if (facts === null) return { ok: false, problem: 'check-failed', target: which };
  if (!isAdminOwnerSid(facts.ownerSid)) return { ok: false, problem: 'owner-not-admin', target: which };
  return aclWriteCheck(output, name, which);
}

/**
 * Windows: neither a link nor any reparse point, then the owner (SYSTEM, Administrators or
 * TrustedInstaller) and `icacls` of the file and of its folder, icacls run from the folder so both
 * names are plain ASCII.
 */
export function windowsWriteCheck(readers: WindowsAclReaders = defaultReaders): ProfileWriteCheck {
  return async (file) => {
    const folder = path.win32.dirname(file);
    const targets = [['file', file, path.win32.basename(file)], ['folder', folder, '.']] as const;
    // Links first (lstat is cheap): a junctioned folder is named as such, not by what its target holds.
    for (const [which, fullPath] of targets) {
      const link = await readers.isLink(fullPath).catch(() => null);
      if (link !== false) return { ok: false, problem: link ? 'link' : 'check-failed', target: which };
    }
    for (const [which, fullPath, name] of targets) {
      const check = await windowsTarget(readers, which, fullPath, name, folder);
      if (!check.ok) return check;
    }
    return { ok: true };
  };
}

export function defaultWriteCheck(platform: NodeJS.Platform): ProfileWriteCheck {
  return platform === 'win32' ? windowsWriteCheck() : posixWriteCheck();
}
