import { describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-upto';

const insert = `INSERT INTO cases (id, status, input, created_at, updated_at, status_changed_at, department_code, case_year, case_seq, case_number)
  VALUES (@id, @status, '{}', 't', 't', 't', @dept, @year, @seq, @number)`;

describe('migration 0002: cases', () => {
  it('accepts only the known statuses', () => {
    const db = migratedTo(2);
    db.prepare(insert).run({ id: 'a', status: 'draft', dept: null, year: null, seq: null, number: null });
    expect(() => db.prepare(insert).run({ id: 'b', status: 'archived', dept: null, year: null, seq: null, number: null })).toThrow(/CHECK/);
  });

  it('keeps case numbers and per-department sequences unique', () => {
    const db = migratedTo(2);
    db.prepare(insert).run({ id: 'a', status: 'finalized', dept: 'law', year: 2026, seq: 1, number: 'law-2026-000001' });
    db.prepare(insert).run({ id: 'b', status: 'finalized', dept: 'science', year: 2026, seq: 1, number: 'science-2026-000001' });
    expect(() => db.prepare(insert).run({ id: 'c', status: 'finalized', dept: 'law', year: 2026, seq: 1, number: 'law-2026-000001x' })).toThrow(/UNIQUE/);
    expect(() => db.prepare(insert).run({ id: 'd', status: 'finalized', dept: 'law', year: 2026, seq: 2, number: 'law-2026-000001' })).toThrow(/UNIQUE/);
  });
});
