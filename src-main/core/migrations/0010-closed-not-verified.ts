// 0010: a case closed as not verified (本人確認できず, SPEC §3): the identity check genuinely failed,
// the counter refused, and the case keeps a case number, a printed record and the reason. Its
// lifecycle status is 'closed-not-verified' (the status column has no CHECK since 0009, so no
// rebuild); the closure gets its own columns: when, by whom, and why (free text about the
// applicant: retention erases it with the rest of the personal data).
import { addColumns } from './add-columns';
import type { Migration } from './migration';

export const m0010: Migration = {
  version: 10,
  name: '0010-closed-not-verified',
  up(db) {
    addColumns(db, 'cases', ['closed_at TEXT', 'closed_by TEXT', 'closure_reason TEXT']);
  },
};
