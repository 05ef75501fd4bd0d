import type Database from 'better-sqlite3-multiple-ciphers';

/** One numbered schema step. `version` is the number in the file name (0001 → 1). */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /**
   * The migration rebuilds a table (SQLite's 12-step ALTER): the runner turns foreign keys off
   * around its transaction (a PRAGMA that cannot change inside one) and runs foreign_key_check
   * before committing, so a rebuild can neither cascade nor leave a dangling reference.
   */
  readonly rebuildsTables?: boolean;
  up(db: Database.Database): void;
}
