import { describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-upto';

describe('migration 0005: outbox and department keys', () => {
  it('keeps one outbox item per case and submission, in one of the four outbox states', () => {
    const db = migratedTo(5);
    const add = db.prepare(`INSERT INTO outbox (id, case_id, case_number, state, jws, payload_sha256, kid, queued_at, updated_at)
      VALUES (?, ?, 'N-1', ?, 'a.b.c', 'h', 'k', 't', 't')`);
    add.run('s1', 'c1', 'queued');
    expect(() => add.run('s1', 'c2', 'queued')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => add.run('s2', 'c1', 'queued')).toThrow(/UNIQUE/);
    expect(() => add.run('s3', 'c3', 'finalized')).toThrow(/CHECK/);
    const key = db.prepare(`INSERT INTO department_keys (kid, public_jwk, created_at) VALUES (?, '{}', 't')`);
    key.run('k1');
    expect(() => key.run('k1')).toThrow(/UNIQUE|PRIMARY/);
    expect(db.prepare('SELECT retired_at FROM department_keys').get()).toEqual({ retired_at: null });
  });
});
