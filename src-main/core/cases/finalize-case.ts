// finalize: all rules must pass (and the department must be configured, since its code starts the
// case number); then the normalized input is stored, locked, numbered and given a submission id,
// in one transaction with its audit entry. The department (code and name) and the case-number
// prefix are stored with the case here: everything printed or signed later reads them, not Settings.
import { randomUUID } from 'node:crypto';
import { caseInputSchema, makeIssue, tokyoDate, zodIssues } from '../../../src-shared/domain';
import { parseIdAndOperator } from './arguments';
import { caseNumberPrefix, nextCaseNumber } from './case-number';
import type { CaseStore } from './case-store';
import { requireDraft } from './case-errors';
import { evaluateView } from './evaluate-case';
import { normalizeInput } from './normalize-input';
import { validationError } from './validation-error';

export function finalizeCase(store: CaseStore, id: string, opts: { operator?: string } | undefined): string {
  const { id: caseId, operator } = parseIdAndOperator(id, opts);
  const r = store.row(caseId);
  requireDraft(r.status, { ja: '確定', en: 'finalized' });
  const view = store.viewOf(r);
  const settings = store.settings();
  const issues = [...evaluateView(store, view).issues];
  if (!settings.department.code) issues.unshift(makeIssue('settings.department', 'settings.department-unconfigured'));
  // The second checker signs off on the identity check: a configured staff member, like the operator.
  const checker = view.input.verification?.secondChecker?.name?.trim();
  if (checker && !settings.staff.some((s) => s.name.trim() === checker)) {
    issues.push(makeIssue('verification.secondChecker.name', 'operator.not-staff', { name: checker }));
  }
  if (issues.length > 0) {
    throw validationError(issues, {
      ja: '確定できません。次の項目を確認してください。下書きはそのまま保存されています。',
      en: 'The case cannot be finalized yet. Check the items below; the draft is still saved.',
    });
  }
  const complete = caseInputSchema.safeParse(view.input);
  if (!complete.success) throw validationError(zodIssues(complete.error));
  const input = normalizeInput(complete.data);
  const at = store.now();
  const year = Number(tokyoDate(at).slice(0, 4));
  const { db } = store;
  db.transaction(() => {
    const prefix = caseNumberPrefix(settings);
    const { caseNumber, seq } = nextCaseNumber(db, prefix, year);
    db.prepare(
      `UPDATE cases SET status = 'finalized', input = @input, search = @search, account_hash = @account_hash, services = @services,
         case_number = @caseNumber, submission_id = @submissionId, department_code = @dept, department_name = @deptName, case_number_prefix = @prefix, case_year = @year, case_seq = @seq,
         finalized_at = @at, finalized_by = @operator, updated_at = @at, status_changed_at = @at
       WHERE id = @id AND status = 'draft'`,
    ).run({
      id: r.id, ...store.columns(input, caseNumber), caseNumber, submissionId: randomUUID(),
      dept: settings.department.code, deptName: settings.department.name, prefix, year, seq, at: at.toISOString(), operator,
    });
    store.audit({ action: 'finalize', operator, caseId: r.id, details: { caseNumber, status: 'finalized' } });
  })();
  store.cache.forget(r.id);
  return r.id;
}
