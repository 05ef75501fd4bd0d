import { describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-upto';

describe('migration 0004: audit', () => {
  it('creates an append-only audit table', () => {
    const db = migratedTo(4);
    db.prepare(`INSERT INTO audit (seq, at, action, operator, case_id, details, personal, prev_hash, hash) VALUES (1, 't', 'create', 'o', NULL, '{}', '{}', 'p', 'h')`).run();
    expect(() => db.prepare(`UPDATE audit SET operator = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
  });
});
