// Applies the numbered migrations in order, each in its own transaction together with the new
// PRAGMA user_version, so a crash leaves the schema at a whole step.
import type Database from 'better-sqlite3-multiple-ciphers';
import { CoreError } from '../errors';
import type { Migration } from '../migrations/migration';

export function checkRegistry(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}

export function schemaVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Runs the pending migrations; returns the versions applied. `within` runs inside each migration's
 * transaction, after its step: what it writes commits with that schema version or not at all.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[], within?: (version: number) => void): number[] {
  checkRegistry(migrations);
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new CoreError('database-unreadable', {
      ja: `このデータベースは新しいバージョンの Salvage Desk で作成されています(スキーマ ${current})。アプリを更新してください。データは変更していません。`,
      en: `This database was written by a newer Salvage Desk (schema ${current}). Update the app. Nothing was changed.`,
    });
  }
  const applied: number[] = [];
  for (const m of migrations.slice(current)) {
    const foreignKeys = Number(db.pragma('foreign_keys', { simple: true }));
    if (m.rebuildsTables) db.pragma('foreign_keys = OFF');
    // A table rebuild renames a new table into place while triggers of other tables name the
    // old one: legacy rename semantics keep SQLite from re-checking those triggers midway.
    if (m.rebuildsTables) db.pragma('legacy_alter_table = ON');
    try {
      db.transaction(() => {
        m.up(db);
        if (m.rebuildsTables && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
          throw new Error(`migration ${m.name} would leave a dangling reference`);
        }
        within?.(m.version);
        db.pragma(`user_version = ${m.version}`);
      })();
    } finally {
      if (m.rebuildsTables) {
        db.pragma('legacy_alter_table = OFF');
        db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
      }
    }
    applied.push(m.version);
  }
  return applied;
}
