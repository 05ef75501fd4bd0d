// The audit checkpoint: how far the chain has been verified (seq, hash, and the tally of breaks and
// acknowledgements up to there), kept in the database (meta 'audit-checkpoint') so that an open
// only walks the rows after it. It is written only after the keychain anchor for the same head was
// written, and it carries an HMAC under a key derived from the keychain-only chain key. The one
// exception is the one-time redaction of legacy entries (redact-at-open.ts): it writes the
// checkpoint in its rewrite's transaction, just before the anchor, so that a crash in between
// leaves an anchor older than the checkpoint, which is a recorded break.
//
// Why it does not weaken the trail:
// - Someone holding the data folder (and the database key) but not the keychain cannot make a
//   checkpoint that verifies: without the chain key there is no MAC. Putting back an older,
//   genuine checkpoint only makes the next open walk more rows; the anchor still catches a cut.
//   Editing rows before the checkpoint is not seen by the open itself but by the full check that
//   runs in the background right after every open (and in Settings), which records the break.
// - Someone who also holds the keychain can forge anything the app can write (checkpoint, anchor,
//   a recomputed chain) by computing MACs under the chain key; no local record can stop them. What
//   holds is that nothing built from values the database and keychain show passes: the anchor is
//   signed (audit-secrets.ts), and every trail of this version carries a keyed format entry
//   (format-marker.ts), so a checkpoint deleted, an anchor hand-written without the signature, or
//   a trail emptied or re-linked without keys is a break whatever the anchor's flag says; the
//   anchor may not be older than the checkpoint, and a missing or garbled anchor is a break. The
//   lenient judgement of an older trail applies only in the open that upgrades a database from an
//   earlier schema, and is itself a recorded break there. What stays out of reach of any local
//   check: a consistent forgery under the chain key; putting back genuine copies of every store at
//   once (anchor, checkpoint, trail cut to match, and a restore's one-time token if it was copied
//   before the first open), which looks exactly like the moment they were copied; and a database
//   rebuilt at an earlier schema, which is adopted as an older trail, visibly: with its recorded
//   'legacy-unverified' break on the banner until staff acknowledge it.
import type Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import type { ChainPoint } from './chain-walk';
import { canonicalJson, hmacHex } from './hash';

const META_KEY = 'audit-checkpoint';

const tallySchema = z.object({
  breaks: z.number().int().min(0),
  lastBreak: z.number().int().min(0),
  lastAck: z.number().int().min(0),
  ackedBreaks: z.number().int().min(0),
});

const checkpointSchema = z.object({
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  keyedSeen: z.boolean(),
  tally: tallySchema,
  /**
   * Set by a restore: the first open may find no anchor yet (store null), or exactly the anchor of
   * the store replaced (its seq and hash, and whether it was signed; absent in older restores).
   */
  restoredOver: z.object({
    store: z.string().nullable(),
    seq: z.number().int().min(0).optional(),
    hash: z.string().optional(),
    signed: z.boolean().optional(),
    /** SHA-256 of the restore's one-time keychain token (restore-token.ts; absent in older restores). */
    token: z.string().optional(),
  }).nullable(),
  mac: z.string(),
});

/** The anchor a restore found in the keychain (store null: none). */
export interface RestoredOver {
  readonly store: string | null;
  readonly seq?: number;
  readonly hash?: string;
  readonly signed?: boolean;
  readonly token?: string;
}

export interface Checkpoint extends ChainPoint {
  readonly restoredOver: RestoredOver | null;
}

export type CheckpointState =
  | { readonly state: 'missing' }
  | { readonly state: 'damaged' }
  | { readonly state: 'valid'; readonly checkpoint: Checkpoint };

function macOf(chainKey: string, store: string, c: Checkpoint): string {
  const key = hmacHex(chainKey, canonicalJson(['salvage-desk audit checkpoint', 1]));
  return hmacHex(key, canonicalJson([store, c.seq, c.hash, c.keyedSeen, c.tally, c.restoredOver]));
}

export function readCheckpoint(db: Database.Database, chainKey: string, store: string): CheckpointState {
  const raw = db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck().get(META_KEY);
  if (raw === undefined) return { state: 'missing' };
  try {
    const parsed = checkpointSchema.parse(JSON.parse(raw));
    const { mac, ...checkpoint } = parsed;
    return mac === macOf(chainKey, store, checkpoint) ? { state: 'valid', checkpoint } : { state: 'damaged' };
  } catch {
    return { state: 'damaged' };
  }
}

export function writeCheckpoint(db: Database.Database, chainKey: string, store: string, c: Checkpoint): void {
  const value = JSON.stringify({
    seq: c.seq, hash: c.hash, keyedSeen: c.keyedSeen, tally: c.tally, restoredOver: c.restoredOver, mac: macOf(chainKey, store, c),
  });
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(META_KEY, value);
}
