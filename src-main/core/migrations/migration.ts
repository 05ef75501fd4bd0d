import type Database from 'better-sqlite3-multiple-ciphers';

/** One numbered schema step. `version` is the number in the file name (0001 → 1). */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}
