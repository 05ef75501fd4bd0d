// Review probe. On Windows a program started by bare name is looked up in its working directory
// first (libuv, like cmd.exe; .com before .exe). The write check runs icacls in the profile folder,
// which is the folder it does not trust yet: by default ordinary users may create files under
// C:\ProgramData, so one who plants icacls.com there next to a profile.json would have it run as
// the next staff member who opens the app. Every tool must be started by its full path.
import type * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => [] as { file: string; args: string[]; cwd: string | undefined }[]);
vi.mock('node:fs', async (original) => ({
  ...(await original<typeof fs>()),
  lstatSync: vi.fn(() => ({ isSymbolicLink: () => false })), // the Windows paths do not exist here
}));
vi.mock('node:child_process', () => ({
  execFile: vi.fn((file: string, args: string[], opts: { cwd?: string }, cb: (e: Error | null, r: { stdout: string; stderr: string }) => void) => {
    calls.push({ file, args, cwd: opts.cwd });
    const stdout = /powershell/i.test(file) ? 'attributes=32\r\nowner=S-1-5-32-544\r\n' : `profile.json NT AUTHORITY\\SYSTEM:(I)(F)\r\n             BUILTIN\\Administrators:(I)(F)\r\n\r\nSuccessfully processed 1 files\r\n`;
    cb(null, { stdout, stderr: '' });
  }),
}));

const { system32Tool, windowsWriteCheck } = await import('../../../../src-main/core/settings/profile-write-check');

describe('the Windows write check', () => {
  it('starts icacls and PowerShell by their full System32 paths, never by bare name', async () => {
    await windowsWriteCheck()('C:\\ProgramData\\Salvage Desk\\profile.json');
    expect(calls.length).toBeGreaterThanOrEqual(2);
    for (const c of calls) {
      expect(path.win32.isAbsolute(c.file)).toBe(true);
      expect(c.file.toLowerCase()).toMatch(/\\system32\\/);
    }
  });

  it('runs icacls with /L, so a link is reported as itself and not as its target', async () => {
    const icacls = calls.filter((c) => /icacls\.exe$/i.test(c.file));
    expect(icacls.length).toBe(2);
    for (const c of icacls) expect(c.args).toContain('/L');
    // The owner comes with the object's own attributes (Get-Item -Force does not follow a junction).
    const shell = calls.filter((c) => /powershell\.exe$/i.test(c.file));
    expect(shell.length).toBe(2);
    for (const c of shell) expect(c.args.at(-1)).toMatch(/\[int\]\(\(Get-Item -Force -LiteralPath \$p\)\.Attributes\)/);
  });

  it('does not take a relative system root from the environment', () => {
    expect(system32Tool('icacls.exe', { SystemRoot: 'Windows' })).toBe('C:\\Windows\\System32\\icacls.exe');
    expect(system32Tool('icacls.exe', { SystemRoot: 'D:\\WINDOWS' })).toBe('D:\\WINDOWS\\System32\\icacls.exe');
  });
});
