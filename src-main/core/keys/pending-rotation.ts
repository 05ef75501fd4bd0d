// A key rotation writes the new private key to the keychain and then records it in the database
// (public half, old key retired, audit entry). A crash between the two would leave a rotation that
// happened but was never audited. So the intent is written to the database first, as a marker in
// `meta`; the rotation's own transaction removes it, and the next open completes and audits a
// rotation whose marker is still there.
import type Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';

const KEY = 'pending-key-rotation';

const markerSchema = z.object({ kid: z.string().min(1), operator: z.string(), reason: z.string(), at: z.string() });
export type PendingRotation = z.infer<typeof markerSchema>;

export function writePendingRotation(db: Database.Database, marker: PendingRotation): void {
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(KEY, JSON.stringify(marker));
}

export function clearPendingRotation(db: Database.Database): void {
  db.prepare('DELETE FROM meta WHERE key = ?').run(KEY);
}

/** The marker of a rotation that has not been recorded yet (null when none, or when unreadable). */
export function readPendingRotation(db: Database.Database): PendingRotation | null {
  const raw = db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck().get(KEY);
  if (raw === undefined) return null;
  try {
    const parsed = markerSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
