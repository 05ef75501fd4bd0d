// Corrections to a case after it was finalized: appended (old value, new value, reason, who,
// when), never overwritten. The amended case must still satisfy the context-free rules for that
// field, and neither the value nor the reason may contain a My Number.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { CaseView } from '../../../src-shared/core-api';
import { amendablePath, caseDraftShape, isAmendable, type CaseDraft, containsMyNumber, fieldIssues, makeIssue, zodIssues, type Issue } from '../../../src-shared/domain';
import type { AuditEvent } from '../context';
import { parseAmendment } from './arguments';
import { requireNotPurged, wrongState } from './case-errors';
import type { CaseEvents } from './case-events';
import { applyAmendment, type CaseRow, type IndexColumns } from './case-rows';
import type { CaseSql } from './case-sql';
import { getPath, leaves } from './json-paths';
import { normalizeFieldValue } from './normalize-input';
import { validationError } from './validation-error';

interface AmendDeps {
  readonly db: Database.Database;
  readonly sql: CaseSql;
  readonly events: CaseEvents;
  readonly now: () => Date;
  readonly audit: (event: AuditEvent) => void;
  /** search text and account hash of the amended case (so list() and history see the correction). */
  readonly index: (input: CaseDraft, caseNumber: string | null) => Pick<IndexColumns, 'search' | 'account_hash' | 'summary'>;
}

const SECOND_CHECKER = 'verification.secondChecker.';

/**
 * An issue concerns the amended field if it sits at, under or above that path. The second checker's
 * name and role are checked together: amending one must not leave the other missing.
 */
const related = (field: string) => (issue: Issue): boolean =>
  issue.path === field || issue.path.startsWith(`${field}.`) || field.startsWith(`${issue.path}.`) ||
  (field === 'applicant.contactEmail' && issue.path === 'applicant.contactEmailConfirm') ||
  (field.startsWith(SECOND_CHECKER) && issue.path.startsWith(SECOND_CHECKER));

/** Errors of the context-free rules the amended case has and the case before it did not. */
function newlyBroken(before: CaseDraft, after: CaseDraft): Issue[] {
  const key = (i: Issue) => `${i.code}@${i.path}`;
  const had = new Set(fieldIssues(before).filter((i) => i.severity === 'error').map(key));
  return fieldIssues(after).filter((i) => i.severity === 'error' && !had.has(key(i)));
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return [...leaves(value).values()].flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v): v is string => typeof v === 'string');
}

export function amendCase(deps: AmendDeps, view: CaseView, row: CaseRow, change: unknown): void {
  const { field, value: raw, valueConfirm, reason, by } = parseAmendment(change);
  requireNotPurged(row, { ja: '訂正', en: 'amended' });
  if (!isAmendable(view.status)) {
    throw wrongState(view.status, { ja: '訂正', en: 'amended' }, {
      ja: '下書きはそのまま編集してください。破棄した案件は訂正できません。',
      en: 'Edit a draft directly; discarded cases cannot be amended.',
    });
  }
  // Only the fields of the one shared list: never what the identity check was based on.
  const entry = amendablePath(field, view.input);
  if (!entry) throw validationError([makeIssue('field', 'amend.not-amendable', { field })]);
  const value = normalizeFieldValue(field, raw);
  const issues: Issue[] = [];
  if (entry.confirm && JSON.stringify(normalizeFieldValue(field, valueConfirm)) !== JSON.stringify(value)) {
    issues.push(makeIssue('valueConfirm', 'amend.confirm-mismatch'));
  }
  if (stringsIn(value).some(containsMyNumber)) issues.push(makeIssue('value', 'mynumber.detected'));
  if (containsMyNumber(reason)) issues.push(makeIssue('reason', 'mynumber.detected'));

  const amended = applyAmendment(view.input, { field, value });
  const shaped = caseDraftShape.safeParse(amended);
  if (!shaped.success) {
    issues.push(...zodIssues(shaped.error).filter(related(field)));
  } else if (JSON.stringify(getPath(shaped.data, field)) !== JSON.stringify(value)) {
    // The path is not part of the case (zod dropped it) or the value has the wrong shape.
    issues.push(makeIssue(field, 'input.invalid'));
  } else {
    issues.push(...fieldIssues(shaped.data).filter((i) => i.severity === 'error' && related(field)(i)));
    // Any other rule the case met when it was finalized and would fail after the correction.
    issues.push(...newlyBroken(view.input, shaped.data).filter((i) => !related(field)(i)));
  }
  const oldValue = getPath(view.input, field) ?? null;
  // After normalisation (full-width digits, spaces), a "correction" to the same value records nothing.
  if (issues.length === 0 && JSON.stringify(oldValue) === JSON.stringify(value ?? null)) {
    issues.push(makeIssue('value', 'amend.unchanged'));
  }
  if (issues.length > 0) {
    throw validationError(issues, {
      ja: '訂正できません。値を確認してください。何も記録していません。',
      en: 'The amendment was not recorded. Check the value; nothing was saved.',
    });
  }
  const at = deps.now().toISOString();
  const { db, sql } = deps;
  // The correction, its audit entry and what the 'amended' event's listeners write (the outbox's
  // signed correction notice) commit together or not at all.
  db.transaction(() => {
    const seq = sql.nextAmendmentSeq(row.id);
    sql.insertAmendment({ case_id: row.id, seq, field, old_value: JSON.stringify(oldValue), new_value: JSON.stringify(value), reason, by, at });
    sql.amendIndex(row.id, at, deps.index(applyAmendment(view.input, { field, value }), view.caseNumber));
    deps.audit({
      action: 'amend',
      operator: by,
      caseId: row.id,
      details: { caseNumber: view.caseNumber, field, seq },
      personal: { oldValue: JSON.stringify(oldValue), value: JSON.stringify(value), reason },
    });
    deps.events.emit({ type: 'amended', caseId: row.id, amendment: { field, oldValue, value, reason, by, at } });
  })();
}
