// The Windows check of the machine-wide profile, from `icacls` output as Windows prints it: only
// administrators may change the file and its folder, otherwise nothing is applied.
import { describe, expect, it } from 'vitest';
import { nonAdminWriters, parseIcacls } from '../../../../src-main/core/settings/icacls';
import { aclWriteCheck, isAdminOwnerSid, parseItemFacts, windowsWriteCheck, type WindowsAclReaders } from '../../../../src-main/core/settings/profile-write-check';

const FILE = 'profile.json';
const pad = ' '.repeat(FILE.length + 1);
const SUMMARY = '\r\nSuccessfully processed 1 files; Failed processing 0 files\r\n';
/** icacls output for `name` with these entries, as Windows prints it (CRLF, continuation lines indented). */
const icacls = (name: string, entries: string[]): string =>
  `${[`${name} ${entries[0]}`, ...entries.slice(1).map((e) => `${' '.repeat(name.length + 1)}${e}`)].join('\r\n')}\r\n${SUMMARY}`;

const ADMIN_ONLY = ['NT AUTHORITY\\SYSTEM:(F)', 'BUILTIN\\Administrators:(F)', 'BUILTIN\\Users:(RX)'];
const INHERITED_ADMIN_ONLY = ['NT AUTHORITY\\SYSTEM:(I)(F)', 'BUILTIN\\Administrators:(I)(F)', 'BUILTIN\\Users:(I)(RX)', 'NT SERVICE\\TrustedInstaller:(I)(F)'];

describe('parseIcacls', () => {
  it('reads every entry with its flags and rights', () => {
    const parsed = parseIcacls(icacls(FILE, [...INHERITED_ADMIN_ONLY, 'BUILTIN\\Users:(I)(CI)(WD,AD,WEA,WA)']), FILE);
    expect(parsed).toEqual({ ok: true, entries: [
      { principal: 'NT AUTHORITY\\SYSTEM', flags: ['I'], rights: ['F'] },
      { principal: 'BUILTIN\\Administrators', flags: ['I'], rights: ['F'] },
      { principal: 'BUILTIN\\Users', flags: ['I'], rights: ['RX'] },
      { principal: 'NT SERVICE\\TrustedInstaller', flags: ['I'], rights: ['F'] },
      { principal: 'BUILTIN\\Users', flags: ['I', 'CI'], rights: ['WD', 'AD', 'WEA', 'WA'] },
    ] });
  });

  it('finds the entries when icacls prints the target as a full path', () => {
    const out = icacls('C:\\ProgramData\\Salvage Desk', ADMIN_ONLY);
    expect(parseIcacls(out, '.')).toMatchObject({ ok: true, entries: [{ principal: 'NT AUTHORITY\\SYSTEM' }, {}, {}] });
  });

  it.each([
    ['an error instead of a list', 'profile.json: The system cannot find the file specified.\r\nSuccessfully processed 0 files; Failed processing 1 files'],
    ['nothing at all', ''],
    ['another file', icacls('other.json', ['Everyone:(F)'])],
    ['an unreadable entry', `${FILE} NT AUTHORITY\\SYSTEM:(F)\r\n${pad}garbage without rights\r\n`],
  ])('%s: cannot be checked', (_what, out) => {
    expect(parseIcacls(out, FILE)).toEqual({ ok: false });
    expect(aclWriteCheck(out, FILE, 'file')).toEqual({ ok: false, problem: 'check-failed', target: 'file' });
  });
});

describe('who may change the profile', () => {
  it.each([
    ['SYSTEM, Administrators, read-only Users', ADMIN_ONLY],
    ['the same, inherited, and TrustedInstaller', INHERITED_ADMIN_ONLY],
    ['Everyone, Authenticated Users may only read', [...ADMIN_ONLY, 'Everyone:(R)', 'NT AUTHORITY\\Authenticated Users:(I)(RX)']],
    ['CREATOR OWNER inherit-only on the folder (applies to new files, not to the folder)', [...ADMIN_ONLY, 'CREATOR OWNER:(OI)(CI)(IO)(F)']],
    ['a deny entry for Users', [...ADMIN_ONLY, 'BUILTIN\\Users:(DENY)(W)']],
    ['administrators by SID', ['*S-1-5-18:(F)', '*S-1-5-32-544:(F)', 'BUILTIN\\Users:(RX)']],
  ])('administrators only: %s', (_what, entries) => {
    expect(aclWriteCheck(icacls(FILE, entries), FILE, 'file')).toEqual({ ok: true });
  });

  it.each([
    ['Users with write', 'BUILTIN\\Users:(W)', 'BUILTIN\\Users'],
    ['Users with modify', 'BUILTIN\\Users:(M)', 'BUILTIN\\Users'],
    ['Users with full control', 'BUILTIN\\Users:(F)', 'BUILTIN\\Users'],
    ['Users allowed to create files (ProgramData\'s default, inherited)', 'BUILTIN\\Users:(I)(CI)(WD,AD,WEA,WA)', 'BUILTIN\\Users'],
    ['Authenticated Users with modify, inherited', 'NT AUTHORITY\\Authenticated Users:(I)(M)', 'NT AUTHORITY\\Authenticated Users'],
    ['Everyone with full control', 'Everyone:(OI)(CI)(F)', 'Everyone'],
    ['CREATOR OWNER applying to the object itself', 'CREATOR OWNER:(F)', 'CREATOR OWNER'],
    ['the user who created the file (inherited from CREATOR OWNER)', 'PC-042\\student:(I)(F)', 'PC-042\\student'],
    ['a user allowed to change permissions only', 'PC-042\\staff:(WDAC)', 'PC-042\\staff'],
    ['an unresolved SID with delete', '*S-1-5-21-1-2-3-1001:(D)', '*S-1-5-21-1-2-3-1001'],
    ['a localized group the check does not know', 'VORDEFINIERT\\Benutzer:(M)', 'VORDEFINIERT\\Benutzer'],
  ])('writable by non-administrators: %s', (_what, entry, principal) => {
    const out = icacls(FILE, [...INHERITED_ADMIN_ONLY, entry]);
    expect(aclWriteCheck(out, FILE, 'file')).toEqual({ ok: false, problem: 'acl-non-admin-write', target: 'file', principals: [principal] });
  });

  it('names each principal once', () => {
    const parsed = parseIcacls(icacls(FILE, ['Everyone:(W)', 'Everyone:(I)(M)', 'BUILTIN\\Users:(F)']), FILE);
    expect(parsed.ok && nonAdminWriters(parsed.entries)).toEqual(['Everyone', 'BUILTIN\\Users']);
  });
});

describe('windowsWriteCheck', () => {
  const folderOk = icacls('.', ['NT AUTHORITY\\SYSTEM:(OI)(CI)(F)', 'BUILTIN\\Administrators:(OI)(CI)(F)', 'BUILTIN\\Users:(OI)(CI)(RX)']);
  const fileOk = icacls(FILE, INHERITED_ADMIN_ONLY);
  const PATH = 'C:\\ProgramData\\Salvage Desk\\profile.json';
  /** PowerShell's answer for one object: its attributes as a number and its owner's SID. */
  const facts = (owner: string, attributes = 0x20) => `attributes=${attributes}\r\nowner=${owner}\r\n`;
  const readers = (outputs: Record<string, string>, owners: Record<string, string> = {}, over: Partial<WindowsAclReaders> = {}): WindowsAclReaders => ({
    runIcacls: async (name: string) => {
      const out = outputs[name];
      if (out === undefined) throw new Error('icacls failed');
      return out;
    },
    itemFacts: async (fullPath: string) => facts(owners[fullPath] ?? 'S-1-5-32-544'),
    isLink: async () => false,
    ...over,
  });

  it('checks links, then the owner and the ACL of the file and then of its folder, icacls run from the folder', async () => {
    const calls: string[][] = [];
    const base = readers({ [FILE]: fileOk, '.': folderOk });
    const check = windowsWriteCheck({
      runIcacls: async (name, cwd) => { calls.push(['icacls', name, cwd]); return base.runIcacls(name, cwd); },
      itemFacts: async (p) => { calls.push(['facts', p]); return base.itemFacts(p); },
      isLink: async (p) => { calls.push(['lstat', p]); return false; },
    });
    expect(await check(PATH)).toEqual({ ok: true });
    expect(calls).toEqual([
      ['lstat', PATH], ['lstat', 'C:\\ProgramData\\Salvage Desk'],
      ['facts', PATH], ['icacls', FILE, 'C:\\ProgramData\\Salvage Desk'],
      ['facts', 'C:\\ProgramData\\Salvage Desk'], ['icacls', '.', 'C:\\ProgramData\\Salvage Desk'],
    ]);
  });

  it('a file an ordinary user created and then locked down is still theirs: refused by its owner', async () => {
    const check = windowsWriteCheck(readers({ [FILE]: fileOk, '.': folderOk }, { [PATH]: 'S-1-5-21-1111-2222-3333-1001' }));
    expect(await check(PATH)).toEqual({ ok: false, problem: 'owner-not-admin', target: 'file' });
  });

  it('SYSTEM (an Intune or SCCM deployment) and TrustedInstaller count as administrators', async () => {
    for (const owner of ['S-1-5-18', 'S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464']) {
      expect(isAdminOwnerSid(owner)).toBe(true);
    }
    expect(isAdminOwnerSid('S-1-5-32-545')).toBe(false); // Users
    expect(isAdminOwnerSid('S-1-1-0')).toBe(false); // Everyone
  });

  it('a folder where users may create files fails, though the file itself is locked', async () => {
    const folder = icacls('.', ['NT AUTHORITY\\SYSTEM:(OI)(CI)(F)', 'BUILTIN\\Administrators:(OI)(CI)(F)', 'CREATOR OWNER:(OI)(CI)(IO)(F)', 'BUILTIN\\Users:(OI)(CI)(RX)', 'BUILTIN\\Users:(I)(CI)(WD,AD,WEA,WA)']);
    expect(await windowsWriteCheck(readers({ [FILE]: fileOk, '.': folder }))(PATH))
      .toEqual({ ok: false, problem: 'acl-non-admin-write', target: 'folder', principals: ['BUILTIN\\Users'] });
  });

  it('icacls or the owner lookup failing is a check that cannot be made', async () => {
    expect(await windowsWriteCheck(readers({}))(PATH)).toEqual({ ok: false, problem: 'check-failed', target: 'file' });
    const noOwner = readers({ [FILE]: fileOk, '.': folderOk }, {}, { itemFacts: async () => { throw new Error('powershell missing'); } });
    expect(await windowsWriteCheck(noOwner)(PATH)).toEqual({ ok: false, problem: 'check-failed', target: 'file' });
    const noLstat = readers({ [FILE]: fileOk, '.': folderOk }, {}, { isLink: async () => { throw new Error('EACCES'); } });
    expect(await windowsWriteCheck(noLstat)(PATH)).toEqual({ ok: false, problem: 'check-failed', target: 'file' });
    for (const garbled of ['', 'owner=S-1-5-32-544', 'attributes=Directory, ReparsePoint\r\nowner=S-1-5-32-544', 'attributes=16']) {
      const odd = readers({ [FILE]: fileOk, '.': folderOk }, {}, { itemFacts: async () => garbled });
      expect(await windowsWriteCheck(odd)(PATH)).toEqual({ ok: false, problem: 'check-failed', target: 'file' });
    }
  });

  // The planted junction: C:\ProgramData\Salvage Desk created by an ordinary user as a junction to a
  // folder on their own NTFS stick, where file and folder are owned by Administrators with an
  // admin-only ACL. Owner and ACL lookups that follow the link see only that target and pass.
  const FOLDER = 'C:\\ProgramData\\Salvage Desk';
  it('a folder that is a junction is refused, though what it points to is owned and locked by Administrators', async () => {
    const junction = readers({ [FILE]: fileOk, '.': folderOk }, {}, { isLink: async (p) => p === FOLDER });
    expect(await windowsWriteCheck(junction)(PATH)).toEqual({ ok: false, problem: 'link', target: 'folder' });
  });

  it('a reparse point Node does not call a link is refused by its ReparsePoint attribute', async () => {
    const DIRECTORY_REPARSE = 0x10 | 0x400;
    const mounted = readers({ [FILE]: fileOk, '.': folderOk }, {}, {
      itemFacts: async (p) => facts('S-1-5-32-544', p === FOLDER ? DIRECTORY_REPARSE : 0x20),
    });
    expect(await windowsWriteCheck(mounted)(PATH)).toEqual({ ok: false, problem: 'link', target: 'folder' });
    const linkedFile = readers({ [FILE]: fileOk, '.': folderOk }, {}, { itemFacts: async (p) => facts('S-1-5-32-544', p === PATH ? 0x20 | 0x400 : 0x10) });
    expect(await windowsWriteCheck(linkedFile)(PATH)).toEqual({ ok: false, problem: 'link', target: 'file' });
  });

  it('a file that is a symbolic link is refused', async () => {
    const symlinked = readers({ [FILE]: fileOk, '.': folderOk }, {}, { isLink: async (p) => p === PATH });
    expect(await windowsWriteCheck(symlinked)(PATH)).toEqual({ ok: false, problem: 'link', target: 'file' });
  });

  it('reads the attributes as a number and the owner, whatever the order or line endings', () => {
    expect(parseItemFacts('attributes=1040\r\nowner=S-1-5-32-544\r\n')).toEqual({ ownerSid: 'S-1-5-32-544', reparsePoint: true });
    expect(parseItemFacts('owner=S-1-5-18\nattributes=32\n')).toEqual({ ownerSid: 'S-1-5-18', reparsePoint: false });
    expect(parseItemFacts('attributes=\r\nowner=S-1-5-18')).toBeNull();
  });
});
