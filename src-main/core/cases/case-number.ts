// Case numbers: `<department code>-<year>-<station>-<6 digits>`, e.g. law-2026-A7K-000042: one
// sequence per department and (Asia/Tokyo) year on this installation, and the installation's own
// station code between, so that two counter PCs of one department, never connected, never give
// two applicants the same number. Assigned inside the finalize transaction; numbers issued before
// station codes existed (law-2026-000001) keep their form.
import type { Settings } from '../../../src-shared/core-api';
import type { CaseSql } from './case-sql';

/** The prefix of new case numbers: the department code (stored with each case at finalize). */
export function caseNumberPrefix(settings: Settings): string {
  return settings.department.code;
}

export function nextCaseNumber(sql: CaseSql, departmentCode: string, year: number, station: string): { caseNumber: string; seq: number } {
  const seq = sql.lastSeq(departmentCode, year) + 1;
  const number = String(seq).padStart(6, '0');
  return { caseNumber: station ? `${departmentCode}-${year}-${station}-${number}` : `${departmentCode}-${year}-${number}`, seq };
}
