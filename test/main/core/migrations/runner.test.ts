import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../src-main/core/migrations';
import { checkRegistry, migrate, schemaVersion } from '../../../../src-main/core/store/migrate';

describe('migration runner', () => {
  it('numbers the registry 1, 2, 3 … without gaps', () => {
    expect(() => checkRegistry(migrations)).not.toThrow();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_m, i) => i + 1));
  });

  it('applies only pending steps, each atomically with its version', () => {
    const db = new Database(':memory:');
    expect(migrate(db, migrations.slice(0, 2))).toEqual([1, 2]);
    expect(migrate(db, migrations)).toEqual(migrations.slice(2).map((m) => m.version));
    expect(migrate(db, migrations)).toEqual([]);
    const failing = [...migrations, { version: migrations.length + 1, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE half (x); SELECT * FROM nowhere') }];
    expect(() => migrate(db, failing)).toThrow(/nowhere/);
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'half'`).pluck().get()).toBe(0);
  });
});
