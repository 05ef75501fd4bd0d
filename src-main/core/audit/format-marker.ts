// The trail's own record that it is kept in this version's form: one keyed 'audit-format' entry.
// Every trail this version starts carries it as its first entry (written in the open that creates
// the database); a trail an earlier version kept gets it in the open that upgrades the database,
// right after that open has recorded what it could not verify ('legacy-unverified'); a restored
// trail gets it when the restore adopts it. Rows are linked under the chain key, so the entry
// cannot be edited, dropped from the middle or forged as a plain row; cutting the trail back
// before it, or emptying it, leaves a trail without it.
//
// From it on, the trail is held to this version's rules: a missing anchor or checkpoint, or an
// unsigned anchor, is a break. A trail without it is accepted in the old, lenient way only in the
// open that upgrades a database from a schema that could hold such a trail (the schema the
// upgrading migration found, kept until that open's first anchor: trail-origin.ts; not anything
// the trail says), and then with a recorded break of its own. On a
// database that was already at this schema, a trail without it is a break ('format-missing').
// The open that creates or upgrades the database completes only once the keychain holds its
// head; stopped before that (a keychain that refuses, a crash), it leaves its origin on record for
// the next open (trail-origin.ts), and an upgrading open anchors the older trail as adopted before
// it appends the entry, so no trail in this version's form waits for its first anchor.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AuditLog } from './audit-log';

export const FORMAT_ACTION = 'audit-format';

/** The newest schema at which a store could still hold a trail without the entry. */
export const LAST_SCHEMA_BEFORE_FORMAT = 10;

/**
 * How the database came to this open (trail-origin.ts): created by it, upgraded by it from a schema
 * that could hold a trail of the older form (either one by an earlier open that stopped before the
 * keychain held its first anchor), or already at a schema whose trails all carry the entry.
 */
export type TrailOrigin = 'created' | 'upgraded' | 'existing';

/**
 * Where the entry was found last, so that an open reads one row instead of scanning the trail. Not
 * a security record: the row is always read back, and without it the trail is scanned.
 */
const SEEN_KEY = 'audit-format-seq';

function markedAt(db: Database.Database): number | null {
  const seen = Number(db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck().get(SEEN_KEY) ?? NaN);
  const at = db.prepare<[string, number], number>('SELECT seq FROM audit WHERE action = ? AND keyed = 1 AND seq >= ? ORDER BY seq LIMIT 1').pluck();
  if (Number.isSafeInteger(seen) && at.get(FORMAT_ACTION, seen) === seen) return seen;
  return at.get(FORMAT_ACTION, 0) ?? null;
}

/** The trail holds the entry (keyed): it is kept in this version's form. */
export function formatMarked(db: Database.Database): boolean {
  return markedAt(db) !== null;
}

/** An older trail shows a checkpoint was written: a redaction entry (it writes one; scans). */
export function checkpointsRecorded(db: Database.Database): boolean {
  return db.prepare(`SELECT 1 FROM audit WHERE action = 'audit-redact' LIMIT 1`).get() !== undefined;
}

/** Appends the entry unless the trail already holds it. */
export function markFormat(db: Database.Database, log: Pick<AuditLog, 'head'>, append: AuditLog['append']): void {
  if (!db.open) return;
  let seq = markedAt(db);
  if (seq === null) {
    append({ action: FORMAT_ACTION, operator: 'system', details: { checkpoints: true, signedAnchors: true } });
    seq = log.head().seq;
  }
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value <> excluded.value').run(SEEN_KEY, String(seq));
}
