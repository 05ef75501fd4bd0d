import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../src-main/core/migrations';
import { m0010 } from '../../../../src-main/core/migrations/0010-closed-not-verified';
import { migrate } from '../../../../src-main/core/store/migrate';
import { migratedTo } from './migrate-upto';

const step = migrations.indexOf(m0010) + 1;

const addCase = (db: ReturnType<typeof migratedTo>, id: string, status: string, caseNumber: string | null): void => {
  db.prepare(`INSERT INTO cases (id, status, input, case_number, department_code, case_year, case_seq, created_at, updated_at, status_changed_at)
    VALUES (?, ?, '{"applicant":{"name":"x"}}', ?, 'engineering', 2026, ?, 't', 't', 't')`).run(id, status, caseNumber, caseNumber ? Number(caseNumber.slice(-6)) : null);
};
const columns = (db: ReturnType<typeof migratedTo>) => db.prepare(`SELECT name FROM pragma_table_info('cases') ORDER BY cid`).pluck().all();

describe('migration 0010: closed as not verified', () => {
  it('keeps every case and column and adds when, by whom and why a case was closed', () => {
    const db = migratedTo(step - 1);
    addCase(db, 'a', 'finalized', 'engineering-2026-000001');
    addCase(db, 'b', 'draft', null);
    const before = columns(db);
    migrate(db, migrations.slice(0, step));
    expect(columns(db)).toEqual([...before, 'closed_at', 'closed_by', 'closure_reason']);
    expect(db.prepare('SELECT id, status, case_number, closed_at, closure_reason FROM cases ORDER BY id').all()).toEqual([
      { id: 'a', status: 'finalized', case_number: 'engineering-2026-000001', closed_at: null, closure_reason: null },
      { id: 'b', status: 'draft', case_number: null, closed_at: null, closure_reason: null },
    ]);
    db.prepare(`UPDATE cases SET status = 'closed-not-verified', closed_at = 't', closed_by = '係長', closure_reason = '写真が一致しない' WHERE id = 'b'`).run();
    // The case sequence stays unique across finalized and closed cases.
    expect(() => addCase(db, 'c', 'closed-not-verified', 'engineering-2026-000001')).toThrow(/UNIQUE/);
  });

  it('gives a migrated database the schema a fresh one gets', () => {
    const db = migratedTo(step - 1);
    migrate(db, migrations.slice(0, step));
    expect(columns(db)).toEqual(columns(migratedTo(step)));
  });
});
