// The erasure test's search: every byte of a data folder (plus the decrypted database image, a
// dump of every table, and the same of every backup snapshot left in the folder) against each purged value, raw and as HMAC-SHA256 / SHA-256 digests under
// every key the app holds, in hex, binary and base64url.
import { createHash, createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';

export interface SearchFigures {
  readonly values: number;
  readonly keys: number;
  readonly encodings: number;
  readonly patterns: number;
  readonly bytes: number;
}

/** Key candidates from a secret or a stored value: its hex/base64url bytes when it is one, and its text. */
export function keyCandidates(value: string): Buffer[] {
  const out = [Buffer.from(value, 'utf8')];
  if (/^[0-9a-f]+$/i.test(value) && value.length % 2 === 0) out.push(Buffer.from(value, 'hex'));
  try {
    const jwk = JSON.parse(value) as Record<string, unknown>;
    for (const k of ['d', 'x', 'k']) if (typeof jwk[k] === 'string') out.push(Buffer.from(jwk[k] as string, 'base64url'));
  } catch {
    // not JSON
  }
  return out;
}

/** Messages a digest of `v` could have been made of: raw, JSON-quoted, and the account-index form. */
const messages = (v: string): string[] => [v, JSON.stringify(v), `account:${v}`];
const REPRESENTATIONS = 3; // hex, binary, base64url

function digests(values: readonly string[], keys: readonly (Buffer | null)[]): Map<string, string> {
  const out = new Map<string, string>(); // hex digest → what it is
  for (const v of values) {
    for (const m of messages(v)) {
      keys.forEach((k, i) => {
        const d = k === null ? createHash('sha256').update(m, 'utf8').digest('hex') : createHmac('sha256', k).update(m, 'utf8').digest('hex');
        out.set(d, `${k === null ? 'sha256' : `hmac#${i}`}(${m})`);
      });
    }
  }
  return out;
}

export function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

function hexWindows(text: string, width: number, alphabet: RegExp): Set<string> {
  const windows = new Set<string>();
  for (const m of text.matchAll(alphabet)) for (let i = 0; i + width <= m[0].length; i += 1) windows.add(m[0].slice(i, i + width));
  return windows;
}

/** Every hit (empty when erasure holds) and the size of the search. */
export function searchAll(haystacks: readonly Buffer[], values: readonly string[], keys: readonly Buffer[]): { hits: string[]; figures: SearchFigures } {
  const allKeys: (Buffer | null)[] = [null, ...keys];
  const wanted = digests(values, allKeys);
  const hits: string[] = [];
  // A short typing prefix identifies nothing and turns up by chance in random ids: '05-9' sits in
  // about one UUID in a thousand. Raw needles are 6+ characters, 9+ when made only of hex digits and
  // hyphens (the alphabet of UUIDs and hex digests); every prefix is still searched as a digest.
  const rawNeedles = values.filter((v) => [...v].length >= (/^[0-9a-f-]+$/i.test(v) ? 9 : 6)).flatMap((v) => [v, JSON.stringify(v)]);
  const b64 = new Map([...wanted].map(([hex, what]) => [Buffer.from(hex, 'hex').toString('base64url'), what]));
  for (const h of haystacks) {
    for (const n of rawNeedles) if (h.includes(Buffer.from(n, 'utf8'))) hits.push(`raw ${n}`);
    for (let i = 0; i + 32 <= h.length; i += 1) {
      const w = h.toString('hex', i, i + 32);
      if (wanted.has(w)) hits.push(`binary ${wanted.get(w)}`);
    }
    const text = h.toString('latin1');
    for (const w of hexWindows(text.toLowerCase(), 64, /[0-9a-f]{64,}/g)) if (wanted.has(w)) hits.push(`hex ${wanted.get(w)}`);
    for (const w of hexWindows(text, 43, /[A-Za-z0-9_-]{43,}/g)) if (b64.has(w)) hits.push(`base64url ${b64.get(w)}`);
  }
  const encodings = messages('x').length * REPRESENTATIONS + 2; // + the two plain forms
  return {
    hits,
    figures: {
      values: values.length,
      keys: allKeys.length,
      encodings,
      patterns: values.length * allKeys.length * messages('x').length * REPRESENTATIONS + rawNeedles.length,
      bytes: haystacks.reduce((n, h) => n + h.length, 0),
    },
  };
}

/** Every table of a decrypted database, as one JSON text. */
export function dumpTables(db: Database.Database): Buffer {
  const tables = db.prepare<[], string>(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
  return Buffer.from(JSON.stringify(tables.map((n) => [n, db.prepare(`SELECT * FROM "${n}"`).all()])), 'utf8');
}

/** Every key the app holds: the keychain's entries, the meta values, the case keys, the public keys. */
export function appKeys(db: Database.Database, keychain: readonly string[]): Buffer[] {
  const stored = [
    ...keychain,
    ...db.prepare<[], string>('SELECT value FROM meta').pluck().all(),
    ...db.prepare<[], string>('SELECT key FROM case_keys').pluck().all(),
    ...db.prepare<[], string>('SELECT public_jwk FROM department_keys').pluck().all(),
  ];
  return stored.flatMap(keyCandidates);
}

/** A backup snapshot (a copy of the database under the same key) opened with a keychain entry, decrypted. */
function openedSnapshot(file: string, keychain: readonly string[]): Buffer[] {
  for (const key of keychain.filter((k) => /^[0-9a-f]{64}$/i.test(k))) {
    const copy = new Database(file, { readonly: true, fileMustExist: true });
    try {
      copy.pragma(`cipher='sqlcipher'`);
      copy.pragma(`key="x'${key}'"`);
      return [copy.serialize(), dumpTables(copy)];
    } catch {
      // not this key
    } finally {
      copy.close();
    }
  }
  throw new Error(`a backup snapshot no keychain entry opens: ${path.basename(file)}`);
}

/** The backup snapshots left in a data folder, decrypted (each as its image and a dump of every table). */
export function snapshotsHeld(dataDir: string, keychain: readonly string[]): Buffer[] {
  return filesUnder(dataDir).filter((f) => /^\.backup-.*\.tmp$/.test(path.basename(f))).flatMap((f) => openedSnapshot(f, keychain));
}

/**
 * What someone holding the (closed) data folder, the database key and every keychain entry can
 * search: every file raw, the decrypted image and a dump of every table, the same of every backup
 * snapshot left in the folder, under every key the app holds.
 */
export function everythingHeld(dataDir: string, db: Database.Database, keychain: readonly string[]): { haystacks: Buffer[]; keys: Buffer[] } {
  const files = filesUnder(dataDir).map((f) => fs.readFileSync(f));
  return { haystacks: [...files, db.serialize(), dumpTables(db), ...snapshotsHeld(dataDir, keychain)], keys: appKeys(db, keychain) };
}
