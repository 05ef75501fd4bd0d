// 0007: the facts a case is finalized under, stored with the case (SPEC §3): the
// department's name beside its code (department_code has been written at finalize since 0002) and
// the case-number prefix. The signed payload, the record, the applicant's notice, the ledger and
// the mail-form text read these columns, so changing the department in Settings later never
// changes what a finalized case says it was finalized under.
//
// Cases finalized before this migration had no stored name or prefix. They get them here, at
// migration time: the prefix is the stored department code (it is what their case numbers were
// made from); the name comes from the current Settings when Settings still name the same
// department code, else from the university's faculty list for the stored code (the code itself
// if it is not on the list). Drafts get nothing: their facts are fixed when they are finalized.
import type Database from 'better-sqlite3-multiple-ciphers';
import { facultyByCode } from '../../../src-shared/domain/faculties';
import { addColumns } from './add-columns';
import type { Migration } from './migration';

/** The columns this step adds to cases (0009's rebuild restates them). */
export const FINALIZED_FACTS_COLUMNS = ['department_name TEXT', 'case_number_prefix TEXT'] as const;

interface CurrentDepartment {
  readonly code: string;
  readonly name: string;
}

function currentDepartment(db: Database.Database): CurrentDepartment | null {
  const raw = db.prepare<[], string>('SELECT value FROM settings WHERE id = 1').pluck().get();
  if (!raw) return null;
  const dept = (JSON.parse(raw) as { department?: Partial<CurrentDepartment> }).department;
  return typeof dept?.code === 'string' && typeof dept.name === 'string' ? { code: dept.code, name: dept.name } : null;
}

export const m0007: Migration = {
  version: 7,
  name: '0007-finalized-facts',
  up(db) {
    addColumns(db, 'cases', FINALIZED_FACTS_COLUMNS);
    const current = currentDepartment(db);
    const codes = db.prepare<[], string>('SELECT DISTINCT department_code FROM cases WHERE case_number IS NOT NULL AND department_code IS NOT NULL').pluck().all();
    const fill = db.prepare('UPDATE cases SET department_name = ?, case_number_prefix = department_code WHERE case_number IS NOT NULL AND department_code = ?');
    for (const code of codes) {
      const name = current && current.code === code && current.name ? current.name : (facultyByCode(code)?.ja ?? code);
      fill.run(name, code);
    }
  },
};
