// The machine-wide profile decides where personal data goes, so it is applied only when neither
// the file nor its folder can be changed by anyone but an administrator. Linux and macOS: both
// owned by root with no group or other write. Windows: both checked from their ACL as `icacls`
// prints it (owner rights aside, which icacls does not show: see the Settings text for IT).
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

/** Windows: `icacls` on the file and on its folder, run from the folder so both names are plain ASCII. */
export function windowsWriteCheck(runIcacls: (name: string, cwd: string) => Promise<string> = async (name, cwd) => (await run('icacls', [name], { cwd, windowsHide: true, timeout: 15_000 })).stdout): ProfileWriteCheck {
  return async (file) => {
    const folder = path.win32.dirname(file);
    const targets = [['file', path.win32.basename(file), folder], ['folder', '.', folder]] as const;
    for (const [which, name, cwd] of targets) {
      let output: string;
      try {
        output = await runIcacls(name, cwd);
      } catch {
        return { ok: false, problem: 'check-failed', target: which };
      }
      const check = aclWriteCheck(output, name, which);
      if (!check.ok) return check;
    }
    return { ok: true };
  };
}

export function defaultWriteCheck(platform: NodeJS.Platform): ProfileWriteCheck {
  return platform === 'win32' ? windowsWriteCheck() : posixWriteCheck();
}
