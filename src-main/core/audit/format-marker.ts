// The trail's own record that this store keeps a checkpoint and signs its anchors: one
// 'audit-format' entry, appended once the store has its first checkpoint (so a crash can never
// leave the entry without one). Cutting the newest rows cannot remove it without cutting everything
// after it too, and rows are linked under the chain key, so it cannot be edited or dropped from the
// middle. From it on, a missing checkpoint or an unsigned anchor is a break whatever the anchor
// says; an anchor without the checkpoint flag or signature is accepted only for a trail without it
// (written before this version first opened the store). An 'audit-redact' entry also proves a
// checkpoint (the redaction writes one in its own transaction), though not a signed anchor: the
// version before signed anchors redacted too.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AuditLog } from './audit-log';

export const FORMAT_ACTION = 'audit-format';

/**
 * Where the entry was found last, so that an open reads one row instead of scanning the trail. Not
 * a security record: the row is always read back, and without it the trail is scanned.
 */
const SEEN_KEY = 'audit-format-seq';

function markedAt(db: Database.Database): number | null {
  const seen = Number(db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck().get(SEEN_KEY) ?? NaN);
  const at = db.prepare<[string, number], number>('SELECT seq FROM audit WHERE action = ? AND seq >= ? ORDER BY seq LIMIT 1').pluck();
  if (Number.isSafeInteger(seen) && at.get(FORMAT_ACTION, seen) === seen) return seen;
  return at.get(FORMAT_ACTION, 0) ?? null;
}

/** The trail holds the entry: this store signs its anchors (and keeps a checkpoint). */
export function anchorsSigned(db: Database.Database): boolean {
  return markedAt(db) !== null;
}

/** The trail shows a checkpoint was written: the entry, or a redaction (scans; ask only when one is missing). */
export function checkpointsRecorded(db: Database.Database): boolean {
  return anchorsSigned(db) || db.prepare(`SELECT 1 FROM audit WHERE action = 'audit-redact' LIMIT 1`).get() !== undefined;
}

/** Appends the entry unless the trail already holds it; call only once the store has a checkpoint. */
export function markFormat(db: Database.Database, log: Pick<AuditLog, 'head'>, append: AuditLog['append']): void {
  if (!db.open) return;
  let seq = markedAt(db);
  if (seq === null) {
    append({ action: FORMAT_ACTION, operator: 'system', details: { checkpoints: true, signedAnchors: true } });
    seq = log.head().seq;
  }
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value <> excluded.value').run(SEEN_KEY, String(seq));
}
