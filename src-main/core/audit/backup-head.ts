// The audit head a backup vouches for: the store id, head seq and head hash of the snapshot, with
// an HMAC under a key derived from the keychain-only chain key. Whoever holds a backup and its
// passphrase can open it, cut the newest rows (and the checkpoint) and seal it again: what is left
// is a genuine prefix that still verifies. They cannot make this HMAC for the shorter head, so a
// restore on this PC that does not find the trail ending at the head named here (or finds no
// head at all, as in older backups) adopts the trail as unverified, with a recorded break.
import type Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { GENESIS } from './chain-walk';
import { canonicalJson, hmacHex } from './hash';

export const backupHeadSchema = z.object({
  store: z.string().min(1),
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupHead = z.infer<typeof backupHeadSchema>;

function macOf(chainKey: string, store: string, seq: number, hash: string): string {
  const key = hmacHex(chainKey, canonicalJson(['salvage-desk backup head', 1]));
  return hmacHex(key, canonicalJson([store, seq, hash]));
}

/** The trail's head as stored (seq 0 and the genesis hash when it is empty), and the store id. */
function readHead(db: Database.Database): { store: string; seq: number; hash: string } {
  const store = db.prepare<[], string>(`SELECT value FROM meta WHERE key = 'store-id'`).pluck().get() ?? '';
  const row = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1').get();
  return { store, ...(row ?? { seq: 0, hash: GENESIS }) };
}

/** Signs the head of the database as it is now (read in the same tick as the snapshot). */
export function signBackupHead(db: Database.Database, chainKey: string): BackupHead {
  const { store, seq, hash } = readHead(db);
  return { store, seq, hash, mac: macOf(chainKey, store, seq, hash) };
}

/**
 * Whether a restored trail ends exactly at the head the backup names, and that head was signed
 * under this PC's chain key. No head (an older backup), a head signed elsewhere, a head edited,
 * or a trail cut short of it (or grown past it) all answer false.
 */
export function reachesBackupHead(db: Database.Database, chainKey: string, head: BackupHead | null): boolean {
  if (head === null) return false;
  const now = readHead(db);
  if (now.store !== head.store || now.seq !== head.seq || now.hash !== head.hash) return false;
  return head.mac === macOf(chainKey, head.store, head.seq, head.hash);
}
