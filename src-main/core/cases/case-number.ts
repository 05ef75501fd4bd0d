// Case numbers: `<department code>-<year>-<6 digits>`, one sequence per department and per
// (Asia/Tokyo) year, e.g. engineering-2026-000042. Assigned inside the finalize transaction.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Settings } from '../../../src-shared/core-api';

/** The prefix of new case numbers: today the department code (stored with each case at finalize). */
export function caseNumberPrefix(settings: Settings): string {
  return settings.department.code;
}

export function nextCaseNumber(db: Database.Database, departmentCode: string, year: number): { caseNumber: string; seq: number } {
  const last = db
    .prepare<[string, number], number | null>('SELECT max(case_seq) FROM cases WHERE department_code = ? AND case_year = ?')
    .pluck()
    .get(departmentCode, year);
  const seq = (last ?? 0) + 1;
  return { caseNumber: `${departmentCode}-${year}-${String(seq).padStart(6, '0')}`, seq };
}
