// Reads the output of Windows' `icacls <path>` (pure, so every ACL shape is tested on any OS) and
// decides whether anyone but an administrator may change the object. Fails closed: an entry that
// cannot be read, or a principal not known to be an administrator holding a right that writes,
// counts as writable by non-administrators.
//
// icacls prints the path, then one entry per line, later lines indented to the first entry:
//   C:\ProgramData\Salvage Desk\profile.json NT AUTHORITY\SYSTEM:(I)(F)
//                                            BUILTIN\Users:(I)(RX)
//
//   Successfully processed 1 files; Failed processing 0 files
// Flags: (I) inherited, (OI)/(CI) inherited by files/folders, (IO) inherit-only (does not apply to
// the object itself), (NP) no propagation, (DENY) a deny entry. Rights: F, M, RX, R, W, D, or a
// list of specific rights (WD,AD,WEA,WA,…).

export interface AclEntry {
  readonly principal: string;
  readonly flags: readonly string[];
  readonly rights: readonly string[];
}

export type IcaclsParse = { readonly ok: true; readonly entries: readonly AclEntry[] } | { readonly ok: false };

/** Principals that are administrators on every Windows PC (names as icacls prints them, or SIDs). */
const ADMIN_PRINCIPALS: ReadonlySet<string> = new Set([
  'NT AUTHORITY\\SYSTEM', 'BUILTIN\\ADMINISTRATORS', 'NT SERVICE\\TRUSTEDINSTALLER',
  'S-1-5-18', '*S-1-5-18', 'S-1-5-32-544', '*S-1-5-32-544',
  'S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464', '*S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464',
]);

/** Rights that let a holder change the object or what it contains (simple and specific forms). */
const WRITING_RIGHTS: ReadonlySet<string> = new Set([
  'F', 'M', 'W', 'D', 'GA', 'GW', 'MA', 'WD', 'AD', 'WEA', 'WA', 'WDAC', 'WO', 'DE', 'DC',
]);
const FLAGS: ReadonlySet<string> = new Set(['I', 'OI', 'CI', 'IO', 'NP', 'DENY']);

const ENTRY = /^(.+?):((?:\([A-Za-z,]+\))+)$/;

function parseEntry(text: string): AclEntry | null {
  const m = ENTRY.exec(text.trim());
  if (!m) return null;
  const groups = [...m[2]!.matchAll(/\(([A-Za-z,]+)\)/g)].map((g) => g[1]!);
  const flags = groups.filter((g) => FLAGS.has(g.toUpperCase())).map((g) => g.toUpperCase());
  const rights = groups.filter((g) => !FLAGS.has(g.toUpperCase())).flatMap((g) => g.split(',')).map((r) => r.toUpperCase());
  if (rights.length === 0) return null;
  return { principal: m[1]!.trim(), flags, rights };
}

/**
 * Where the first entry starts: after the target as it was passed, or (when icacls printed the
 * target another way, say as a full path) at the indentation of the second entry.
 */
function entryColumn(first: string, second: string, target: string): number | null {
  if (first.toLowerCase().startsWith(`${target.toLowerCase()} `)) return target.length + 1;
  const indent = /^ +/.exec(second)?.[0].length ?? 0;
  return indent > 0 && indent < first.length && first[indent - 1] === ' ' ? indent : null;
}

/** The entries of `icacls target` output; not ok when the output does not start with the target or names none. */
export function parseIcacls(output: string, target: string): IcaclsParse {
  const lines = output.replace(/\r/g, '').split('\n');
  const first = lines[0] ?? '';
  const column = entryColumn(first, lines[1] ?? '', target);
  if (column === null) return { ok: false };
  const entries: AclEntry[] = [];
  const firstEntry = parseEntry(first.slice(column));
  if (!firstEntry) return { ok: false };
  entries.push(firstEntry);
  for (const line of lines.slice(1)) {
    if (line.trim() === '') break; // the blank line before the summary ends the list
    // A continuation line is indented to the first entry's column; anything else is not an entry.
    if (!line.startsWith(' '.repeat(column))) return { ok: false };
    const entry = parseEntry(line);
    if (!entry) return { ok: false };
    entries.push(entry);
  }
  return { ok: true, entries };
}

export const isAdminPrincipal = (principal: string): boolean => ADMIN_PRINCIPALS.has(principal.toUpperCase());

/** The principals other than administrators that may change the object (empty: administrators only). */
export function nonAdminWriters(entries: readonly AclEntry[]): string[] {
  const writers = entries
    .filter((e) => !e.flags.includes('DENY') && !e.flags.includes('IO')) // inherit-only entries do not apply here
    .filter((e) => e.rights.some((r) => WRITING_RIGHTS.has(r)))
    .map((e) => e.principal)
    .filter((p) => !isAdminPrincipal(p));
  return [...new Set(writers)];
}
