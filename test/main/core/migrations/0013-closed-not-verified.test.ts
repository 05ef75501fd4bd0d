import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../src-main/core/migrations';
import { m0013 } from '../../../../src-main/core/migrations/0013-closed-not-verified';
import { migrate } from '../../../../src-main/core/store/migrate';
import { migratedTo } from './migrate-upto';

const step = migrations.indexOf(m0013) + 1;

const addCase = (db: ReturnType<typeof migratedTo>, id: string, status: string, caseNumber: string | null): void => {
  db.prepare(`INSERT INTO cases (id, status, input, case_number, department_code, case_year, case_seq, created_at, updated_at, status_changed_at)
    VALUES (?, ?, '{"applicant":{"name":"x"}}', ?, 'engineering', 2026, ?, 't', 't', 't')`).run(id, status, caseNumber, caseNumber ? Number(caseNumber.slice(-6)) : null);
};

describe('migration 0013: closed as not verified', () => {
  it('keeps every case, column and index, and lets a case be closed with its reason', () => {
    const db = migratedTo(step - 1);
    addCase(db, 'a', 'delivered', 'engineering-2026-000001');
    addCase(db, 'b', 'draft', null);
    const columnsBefore = db.prepare(`SELECT name FROM pragma_table_info('cases') ORDER BY cid`).pluck().all();
    const indexesBefore = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases' AND sql IS NOT NULL ORDER BY name`).pluck().all();
    expect(() => db.prepare(`UPDATE cases SET status = 'closed-not-verified' WHERE id = 'b'`).run()).toThrow(/CHECK/);
    migrate(db, migrations.slice(0, step));
    expect(db.prepare(`SELECT name FROM pragma_table_info('cases') ORDER BY cid`).pluck().all()).toEqual([...columnsBefore, 'closed_at', 'closed_by', 'closure_reason']);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases' AND sql IS NOT NULL ORDER BY name`).pluck().all()).toEqual(indexesBefore);
    expect(db.prepare('SELECT id, status, case_number FROM cases ORDER BY id').all()).toEqual([
      { id: 'a', status: 'delivered', case_number: 'engineering-2026-000001' },
      { id: 'b', status: 'draft', case_number: null },
    ]);
    db.prepare(`UPDATE cases SET status = 'closed-not-verified', closed_at = 't', closed_by = '係長', closure_reason = '写真が一致しない' WHERE id = 'b'`).run();
    // The old constraints still hold: unknown statuses and a reused case sequence are refused.
    expect(() => db.prepare(`UPDATE cases SET status = 'lost' WHERE id = 'b'`).run()).toThrow(/CHECK/);
    expect(() => addCase(db, 'c', 'finalized', 'engineering-2026-000001')).toThrow(/UNIQUE/);
  });

  it('migrates an empty database, and the schema is the one a fresh database gets', () => {
    const db = migratedTo(step - 1);
    migrate(db, migrations.slice(0, step));
    const fresh = migratedTo(step);
    const schema = (d: ReturnType<typeof migratedTo>) => d.prepare(`SELECT name FROM pragma_table_info('cases') ORDER BY cid`).pluck().all();
    expect(schema(db)).toEqual(schema(fresh));
  });
});
