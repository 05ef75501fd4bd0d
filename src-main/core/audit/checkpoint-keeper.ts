// Keeps the verified point of the trail in memory and moves it up to each head the keychain has
// just anchored, after walking (verifying) the rows in between. The database checkpoint is written
// from it after the anchor at open and at close only (no database write every minute), and right
// after the first anchor of a store that has none yet: so the checkpoint always means "verified up
// to here, and the keychain vouches for at least this far".
// After a crash the next open simply walks from the previous checkpoint.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AuditLog } from './audit-log';
import { START, type ChainPoint, type Tally } from './chain-walk';
import { writeCheckpoint, type Checkpoint } from './checkpoint';

export interface CheckpointKeeper {
  /** The point verified at open; `exists`: the store had a checkpoint then. */
  reset(point: ChainPoint, exists: boolean): void;
  /** Whether this store has a checkpoint on disk. */
  exists(): boolean;
  /** The keychain now holds `head`: verify up to it. */
  anchored(head: { seq: number; hash: string }): void;
  /** Write the checkpoint at the last anchored, verified head (after open and at close). */
  persist(): void;
  /** Breaks and acknowledgements up to the current head. */
  tally(): Tally;
}

export function createCheckpointKeeper(db: Database.Database, log: AuditLog, chainKey: string, store: string): CheckpointKeeper {
  let point: ChainPoint = START;
  let onDisk = false;
  let pending: Checkpoint | null = null;
  const persist = (): void => {
    if (!pending || !db.open) return;
    writeCheckpoint(db, chainKey, store, pending);
    pending = null;
    onDisk = true;
  };
  return {
    reset(p, exists) {
      point = p;
      onDisk = exists;
    },
    exists: () => onDisk,
    anchored(head) {
      if (!db.open) return;
      const next = log.walker.walk(point, head.seq);
      // Rows that do not verify (never written by this app) leave the checkpoint where it is.
      if (next.firstBroken !== null || next.seq !== head.seq || next.hash !== head.hash) return;
      // The anchor now names this store: a restore no longer needs explaining.
      pending = { seq: next.seq, hash: next.hash, keyedSeen: next.keyedSeen, tally: next.tally, restoredOver: null };
      point = pending;
      if (!onDisk) persist(); // the anchor just written says a checkpoint exists: make it so at once
    },
    persist,
    tally: () => log.walker.walk(point).tally,
  };
}
