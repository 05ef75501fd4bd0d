// How the database came to this open, kept durably until the open that created or upgraded it has
// put the trail into this version's form and the keychain holds its first anchor. The schema
// version read at one open is not enough: migrations commit before the trail is checked, so a
// failure or crash in between (a keychain that refuses once, a crash during the walk of an older
// trail) would leave the next open looking at a store "already at this schema" and judging a trail
// that never had a chance to be anchored as cut (format-missing, anchor-missing, checkpoint-damaged).
//
// The marker (meta 'trail-origin') is written in the same transaction as the migration that takes
// the schema past the last one that could hold an older trail (format-marker.ts), and removed once
// the open that created or upgraded the store has anchored its head (open-audit.ts). It is signed
// under the chain key over its origin and the store id, so it can be neither hand-written nor
// copied from another store. What a marker could gain an attacker who holds the data folder:
// - 'upgraded' judges a trail without the format entry in the lenient older way, but always with a
//   recorded 'legacy-unverified' break, and a trail that holds the entry stays strict: no more than
//   setting the schema version back already gives (the upgrading migration writes a valid marker).
// - 'created' excuses a missing anchor and checkpoint. It counts only while the trail holds nothing
//   but what the creating open writes before its first anchor (the format entry as the first row,
//   and the breaks its check recorded); any other row means the store has been used, and the trail
//   is held strictly. Emptying a used trail back to that shape cannot make a marker: only the
//   creating open signs one, over a store id it has just made. Someone who copied this very folder
//   while its first start had not anchored yet could put that marker back later; so it also counts
//   only while the store holds no case (purged cases keep their row): emptying trail and cases
//   alike leaves nothing a new, empty data folder (anchor deleted) would not.
import type Database from 'better-sqlite3-multiple-ciphers';
import { FORMAT_ACTION, LAST_SCHEMA_BEFORE_FORMAT, type TrailOrigin } from './format-marker';
import { canonicalJson, hmacHex } from './hash';

const ORIGIN_KEY = 'trail-origin';

function originMac(chainKey: string, origin: TrailOrigin, store: string): string {
  const key = hmacHex(chainKey, canonicalJson(['salvage-desk trail origin', 1]));
  return hmacHex(key, canonicalJson([origin, store]));
}

/**
 * Called inside each migration's transaction: the migration that takes the schema past the last
 * one without the format entry records how the store came to it. `foundVersion` 0: a new database.
 */
export function markOriginAt(db: Database.Database, chainKey: string, foundVersion: number, version: number): void {
  if (version !== LAST_SCHEMA_BEFORE_FORMAT + 1) return;
  const origin: TrailOrigin = foundVersion === 0 ? 'created' : 'upgraded';
  const store = db.prepare<[], string>(`SELECT value FROM meta WHERE key = 'store-id'`).pluck().get() ?? '';
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(ORIGIN_KEY, JSON.stringify({ origin, mac: originMac(chainKey, origin, store) }));
}

function signedOrigin(chainKey: string, raw: string, store: string): TrailOrigin | null {
  try {
    const { origin, mac } = JSON.parse(raw) as { origin?: unknown; mac?: unknown };
    if (origin !== 'created' && origin !== 'upgraded') return null;
    return mac === originMac(chainKey, origin, store) ? origin : null;
  } catch {
    return null;
  }
}

/** The store holds only what the creating open writes before its first anchor: no case, no other entry. */
function onlyCreatingOpenRows(db: Database.Database): boolean {
  if (db.prepare('SELECT 1 FROM cases LIMIT 1').get() !== undefined) return false;
  return db.prepare(`SELECT 1 FROM audit WHERE NOT ((seq = 1 AND action = ? AND keyed = 1) OR action = 'audit-break') LIMIT 1`).get(FORMAT_ACTION) === undefined;
}

/** How this open judges the trail; a marker that does not count is removed. */
export function trailOrigin(db: Database.Database, chainKey: string, store: string): TrailOrigin {
  const raw = db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck().get(ORIGIN_KEY);
  if (raw === undefined) return 'existing'; // every open after the first anchor: nothing to write
  const marked = signedOrigin(chainKey, raw, store);
  if (marked === 'upgraded' || (marked === 'created' && onlyCreatingOpenRows(db))) return marked;
  clearOrigin(db);
  return 'existing';
}

/** The open that created or upgraded the store has anchored its head: from now on, 'existing'. */
export function clearOrigin(db: Database.Database): void {
  if (db.open) db.prepare('DELETE FROM meta WHERE key = ?').run(ORIGIN_KEY);
}
