// The machine-wide profile decides where personal data goes, so it is applied only when neither
// the file nor its folder can be changed by anyone but an administrator. Linux and macOS: both
// owned by root with no group or other write. Windows: both owned by an administrator (an owner
// may always rewrite the ACL, and ordinary users own what they create under ProgramData) and no
// one else allowed to write in their ACL as `icacls` prints it.
// Whatever cannot be checked counts as failed; the caller applies nothing and says why.
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { nonAdminWriters, parseIcacls } from './icacls';

export type WriteCheckProblem = 'owner-not-admin' | 'group-or-other-write' | 'acl-non-admin-write' | 'check-failed';

export type WriteCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly problem: WriteCheckProblem; readonly target: 'file' | 'folder'; readonly principals?: readonly string[] };

/** The check openCore runs before applying the profile at `file` (injected in tests). */
export type ProfileWriteCheck = (file: string) => Promise<WriteCheck>;

/** POSIX: owned by an administrator (root unless told otherwise) and not writable by group or other. */
export function posixAdminOnly(st: { readonly uid: number; readonly mode: number }, target: 'file' | 'folder', adminUids: readonly number[] = [0]): WriteCheck {
  if (!adminUids.includes(st.uid)) return { ok: false, problem: 'owner-not-admin', target };
  if ((st.mode & 0o022) !== 0) return { ok: false, problem: 'group-or-other-write', target };
  return { ok: true };
}

export function posixWriteCheck(adminUids: readonly number[] = [0]): ProfileWriteCheck {
  return async (file) => {
    for (const [target, p] of [['file', file], ['folder', path.dirname(file)]] as const) {
      let st;
      try {
        st = statSync(p);
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
  /** `icacls <name>` run in `cwd`: the object's ACL. */
  readonly runIcacls: (name: string, cwd: string) => Promise<string>;
  /** The owner's SID. icacls does not show owners, and an owner may always rewrite the ACL. */
  readonly ownerSid: (fullPath: string) => Promise<string>;
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

const defaultReaders: WindowsAclReaders = {
  runIcacls: async (name, cwd) => (await run(system32Tool('icacls.exe'), [name], { cwd, windowsHide: true, timeout: 15_000 })).stdout,
  // The path travels in an environment variable, never inside the command text.
  ownerSid: async (fullPath) => (await run(system32Tool('WindowsPowerShell\\v1.0\\powershell.exe'), [
    '-NoProfile', '-NonInteractive', '-Command',
    '(Get-Acl -LiteralPath $env:SALVAGE_DESK_ACL_TARGET).GetOwner([System.Security.Principal.SecurityIdentifier]).Value',
  ], { env: { ...process.env, SALVAGE_DESK_ACL_TARGET: fullPath }, windowsHide: true, timeout: 30_000 })).stdout,
};

async function windowsTarget(readers: WindowsAclReaders, which: 'file' | 'folder', fullPath: string, name: string, cwd: string): Promise<WriteCheck> {
  let owner: string;
  let output: string;
  try {
    owner = await readers.ownerSid(fullPath);
    output = await readers.runIcacls(name, cwd);
  } catch {
    return { ok: false, problem: 'check-failed', target: which };
  }
  if (!isAdminOwnerSid(owner)) return { ok: false, problem: 'owner-not-admin', target: which };
  return aclWriteCheck(output, name, which);
}

/**
 * Windows: the owner (SYSTEM, Administrators or TrustedInstaller) and `icacls` of the file and of its
 * folder, icacls run from the folder so both names are plain ASCII.
 */
export function windowsWriteCheck(readers: WindowsAclReaders = defaultReaders): ProfileWriteCheck {
  return async (file) => {
    const folder = path.win32.dirname(file);
    for (const [which, fullPath, name] of [['file', file, path.win32.basename(file)], ['folder', folder, '.']] as const) {
      const check = await windowsTarget(readers, which, fullPath, name, folder);
      if (!check.ok) return check;
    }
    return { ok: true };
  };
}

export function defaultWriteCheck(platform: NodeJS.Platform): ProfileWriteCheck {
  return platform === 'win32' ? windowsWriteCheck() : posixWriteCheck();
}
