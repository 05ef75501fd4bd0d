// finalize: all rules must pass (and the department must be configured, since its code starts the
// case number); then the normalized input is stored, locked, numbered and given a submission id,
// in one transaction with its audit entry and with what the 'finalized' event's listeners write
// (the outbox's signed hand-off item): after a crash, both exist or neither. The department (code
// and name) and the case-number prefix are stored with the case here: everything printed or
// signed later reads them, not Settings.
import { randomUUID } from 'node:crypto';
import { caseInputSchema, makeIssue, tokyoDate, zodIssues } from '../../../src-shared/domain';
import { parseIdAndOperator } from './arguments';
import { readStationCode } from '../settings/station-code';
import { caseNumberPrefix, nextCaseNumber } from './case-number';
import type { CaseStore } from './case-store';
import { requireDraft, requireNotPurged } from './case-errors';
import { evaluateView } from './evaluate-case';
import { normalizeInput } from './normalize-input';
import { validationError } from './validation-error';

export function finalizeCase(store: CaseStore, id: string, opts: { operator?: string } | undefined): string {
  const { id: caseId, operator } = parseIdAndOperator(id, opts);
  const r = store.row(caseId);
  requireNotPurged(r, { ja: '確定', en: 'finalized' });
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
  const { db, sql } = store;
  try {
    db.transaction(() => {
      const prefix = caseNumberPrefix(settings);
      const { caseNumber, seq } = nextCaseNumber(sql, prefix, year, readStationCode(db));
      sql.finalize({
        id: r.id, ...store.columns(input, caseNumber), caseNumber, submissionId: randomUUID(),
        dept: settings.department.code, deptName: settings.department.name, prefix, year, seq, at: at.toISOString(), operator,
      });
      store.audit({ action: 'finalize', operator, caseId: r.id, details: { caseNumber, status: 'finalized' } });
      store.cache.forget(r.id);
      store.events.emit({ type: 'finalized', caseId: r.id, operator });
    })();
  } finally {
    store.cache.forget(r.id);
  }
  return r.id;
}
