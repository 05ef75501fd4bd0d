// Test helper: an in-memory database migrated up to (and including) a given version.
import Database from 'better-sqlite3-multiple-ciphers';
import { migrations } from '../../../../src-main/core/migrations';
import { migrate } from '../../../../src-main/core/store/migrate';

export function migratedTo(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, version));
  return db;
}
