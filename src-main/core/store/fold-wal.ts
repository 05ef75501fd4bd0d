// Folds the write-ahead log back into the (securely deleted) database file and empties it. Until
// that has happened, old WAL frames still hold whatever was overwritten since the last fold: after
// a purge, the erased values. Another connection reading (the integrity check's worker, or any
// other process holding the file) keeps the fold from completing; SQLite then reports it busy, or
// reports fewer frames folded than the log holds.
import type Database from 'better-sqlite3-multiple-ciphers';

interface CheckpointRow {
  readonly busy: number;
  readonly log: number;
  readonly checkpointed: number;
}

/** True when every frame of the log reached the database file and the log was emptied. */
export function foldWal(db: Database.Database): boolean {
  try {
    const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as CheckpointRow[];
    return row !== undefined && row.busy === 0 && row.log === row.checkpointed;
  } catch {
    return false;
  }
}
