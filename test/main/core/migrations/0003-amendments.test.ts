import { describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-upto';

describe('migration 0003: amendments', () => {
  it('is append-only until the case is purged, and needs an existing case', () => {
    const db = migratedTo(3);
    db.prepare(`INSERT INTO cases (id, status, input, created_at, updated_at, status_changed_at) VALUES ('a', 'finalized', '{}', 't', 't', 't')`).run();
    const add = db.prepare(`INSERT INTO amendments (case_id, seq, field, old_value, new_value, reason, by, at) VALUES (?, ?, 'f', '1', '2', 'r', 'b', 't')`);
    add.run('a', 1);
    expect(() => add.run('missing', 1)).toThrow(/FOREIGN KEY/);
    expect(() => add.run('a', 1)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare(`UPDATE amendments SET reason = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM amendments').run()).toThrow(/kept until/);
    db.prepare(`UPDATE cases SET purged_at = 't' WHERE id = 'a'`).run();
    expect(db.prepare('DELETE FROM amendments').run().changes).toBe(1);
  });
});
