import { describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-upto';

describe('migration 0001: meta and settings', () => {
  it('creates a random per-installation hash key', () => {
    const a = migratedTo(1);
    const b = migratedTo(1);
    const key = (db: typeof a) => db.prepare(`SELECT value FROM meta WHERE key = 'hash-key'`).pluck().get();
    expect(key(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(key(a)).not.toBe(key(b));
  });

  it('holds exactly one settings document', () => {
    const db = migratedTo(1);
    db.prepare('INSERT INTO settings (id, value) VALUES (1, ?)').run('{}');
    expect(() => db.prepare('INSERT INTO settings (id, value) VALUES (2, ?)').run('{}')).toThrow(/CHECK/);
  });
});
