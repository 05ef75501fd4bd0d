import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../src-main/core/migrations';
import { migrate } from '../../../../src-main/core/store/migrate';
import { migratedTo } from './migrate-upto';

const addCase = (db: ReturnType<typeof migratedTo>, id: string, status: string, dept: string | null, caseNumber: string | null): void => {
  db.prepare(`INSERT INTO cases (id, status, input, case_number, department_code, created_at, updated_at, status_changed_at)
    VALUES (?, ?, '{}', ?, ?, 't', 't', 't')`).run(id, status, caseNumber, dept);
};

describe('migration 0007: facts fixed at finalize', () => {
  it('fills finalized cases from the settings at migration time, and leaves drafts empty', () => {
    const db = migratedTo(6);
    db.prepare(`INSERT INTO settings (id, value) VALUES (1, ?)`).run(JSON.stringify({ department: { code: 'engineering', name: '工学部・工学系研究科' } }));
    addCase(db, 'a', 'finalized', 'engineering', 'engineering-2026-000001');
    addCase(db, 'b', 'delivered', 'engineering', 'engineering-2026-000002');
    addCase(db, 'c', 'queued', 'science', 'science-2025-000007'); // finalized before the department was changed
    addCase(db, 'd', 'draft', null, null);
    migrate(db, migrations.slice(0, 7));
    const rows = db.prepare('SELECT id, department_code, department_name, case_number_prefix FROM cases ORDER BY id').all();
    expect(rows).toEqual([
      { id: 'a', department_code: 'engineering', department_name: '工学部・工学系研究科', case_number_prefix: 'engineering' },
      { id: 'b', department_code: 'engineering', department_name: '工学部・工学系研究科', case_number_prefix: 'engineering' },
      // Settings now name another department: its own code's name from the university's list.
      { id: 'c', department_code: 'science', department_name: '理学部', case_number_prefix: 'science' },
      { id: 'd', department_code: null, department_name: null, case_number_prefix: null },
    ]);
  });

  it('migrates a database without settings or cases', () => {
    const db = migratedTo(6);
    expect(() => migrate(db, migrations.slice(0, 7))).not.toThrow();
    expect(db.prepare(`SELECT count(*) FROM pragma_table_info('cases') WHERE name IN ('department_name', 'case_number_prefix')`).pluck().get()).toBe(2);
  });
});
