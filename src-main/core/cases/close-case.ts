// closeNotVerified: a draft whose identity check genuinely failed is closed as not verified
// (本人確認できず, SPEC §3). Like finalize it is numbered (the department must be configured, its
// code starts the case number) and locked in one transaction with its audit entry; unlike
// finalize nothing is signed or handed off: no hand-off item is made for it (no 'finalized' event),
// so it is never counted as waiting to leave. The reason is kept for the printed record until retention erases it.
import { closureReasonIssues, makeIssue, tokyoDate } from '../../../src-shared/domain';
import type { OperatorOptions } from '../../../src-shared/core-api';
import { parseIdAndOperator } from './arguments';
import { requireDraft, requireNotPurged } from './case-errors';
import { caseNumberPrefix, nextCaseNumber } from './case-number';
import type { CaseStore } from './case-store';
import { validationError } from './validation-error';
import { readStationCode } from '../settings/station-code';
import { normalizeText } from '../../../src-shared/domain';

export interface CloseOptions extends OperatorOptions {
  readonly reason?: unknown;
}

export function closeNotVerified(store: CaseStore, id: string, opts: CloseOptions | undefined): string {
  const { id: caseId, operator } = parseIdAndOperator(id, opts);
  const r = store.row(caseId);
  requireNotPurged(r, { ja: '「本人確認できず」で終了', en: 'closed as not verified' });
  requireDraft(r.status, { ja: '「本人確認できず」で終了', en: 'closed as not verified' });
  const reason = typeof opts?.reason === 'string' ? opts.reason : '';
  const settings = store.settings();
  const issues = closureReasonIssues(reason);
  if (!settings.department.code) issues.unshift(makeIssue('settings.department', 'settings.department-unconfigured'));
  if (issues.length > 0) {
    throw validationError(issues, {
      ja: '「本人確認できず」として記録できません。次の項目を確認してください。下書きはそのまま保存されています。',
      en: 'The case cannot be closed as not verified yet. Check the items below; the draft is still saved.',
    });
  }
  const at = store.now();
  const year = Number(tokyoDate(at).slice(0, 4));
  store.db.transaction(() => {
    const prefix = caseNumberPrefix(settings);
    const { caseNumber, seq } = nextCaseNumber(store.sql, prefix, year, readStationCode(store.db));
    store.db.prepare(
      `UPDATE cases SET status = 'closed-not-verified', search = @search, case_number = @caseNumber,
         department_code = @dept, department_name = @deptName, case_number_prefix = @prefix, case_year = @year, case_seq = @seq,
         closed_at = @at, closed_by = @operator, closure_reason = @reason, updated_at = @at, status_changed_at = @at
       WHERE id = @id AND status = 'draft' AND purged_at IS NULL`,
    ).run({
      id: r.id, search: store.columns(JSON.parse(r.input), caseNumber).search, caseNumber,
      dept: settings.department.code, deptName: settings.department.name, prefix, year, seq, at: at.toISOString(), operator, reason: normalizeText(reason),
    });
    // The reason is personal (it describes the applicant): only its digest under the case's key.
    store.audit({ action: 'close-not-verified', operator, caseId: r.id, details: { caseNumber, status: 'closed-not-verified' }, personal: { reason: normalizeText(reason) } });
  })();
  store.cache.forget(r.id);
  return r.id;
}
