// The full rule check used to decide whether a case may be finalized: the context-free field
// rules plus those that need today's date, the department and the local history.
import type { z } from 'zod';
import { caseDraftShape, type CaseDraft } from './case-schema';
import { accountExpiryFor, daysBetween, deadlineFor, isIsoDate, PROGRAM_START, URGENT_DAYS, type IsoDate } from './dates';
import { facultyByCode } from './faculties';
import { fieldIssues } from './field-rules';
import { makeIssue, type Issue } from './issue';
import { normalizeAccount, normalizeStudentNumber } from './normalize';
import { serviceById, type ServiceId } from './services';
import { isIssueCode } from '../messages/issues';

export type CaseStatus = 'draft' | 'finalized' | 'queued' | 'sending' | 'delivered' | 'needs-attention' | 'discarded';

export interface HistoryEntry {
  readonly utokyoAccount: string;
  readonly services: readonly ServiceId[];
  readonly status: CaseStatus;
  readonly caseNumber?: string | null;
}

export interface EvaluationContext {
  readonly today: IsoDate;
  readonly departmentCode: string;
  readonly history: readonly HistoryEntry[];
  /** Optional stricter student-number pattern configured by the department (a RegExp source). */
  readonly studentNumberPattern?: string;
}

export interface Derived {
  readonly utokyoAccount: string;
  readonly accountExpiry: IsoDate | null;
  readonly deadline: IsoDate | null;
  readonly daysLeft: number | null;
}

export interface Evaluation {
  readonly ok: boolean;
  readonly issues: readonly Issue[];
  readonly warnings: readonly Issue[];
  readonly derived: Derived;
}

/** Statuses in which a request for the same account and service is still on its way. */
const PENDING: readonly CaseStatus[] = ['finalized', 'queued', 'sending'];

/** zod's own findings (wrong types, too long) as issues with our codes. */
export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => {
    const path = i.path.map(String).join('.');
    const code = isIssueCode(i.message) ? i.message : 'input.invalid';
    const max = i.code === 'too_big' ? Number(i.maximum) : undefined;
    return makeIssue(path, code, max === undefined ? {} : { max });
  });
}

/** Expiry, deadline and days left for the (possibly partial) eligibility answers. */
export function deriveWindow(el: CaseDraft['eligibility'], today: IsoDate): Omit<Derived, 'utokyoAccount'> {
  const departure = el?.departureDate ?? '';
  const override = el?.accountExpiryOverride;
  const accountExpiry = override && isIsoDate(override) ? override : isIsoDate(departure) ? accountExpiryFor(departure) : null;
  const deadline = accountExpiry ? deadlineFor(accountExpiry) : null;
  return { accountExpiry, deadline, daysLeft: deadline && isIsoDate(today) ? daysBetween(today, deadline) : null };
}

function contextIssues(d: CaseDraft, ctx: EvaluationContext, derived: Derived): Issue[] {
  const out: Issue[] = [];
  if (ctx.today < PROGRAM_START) out.push(makeIssue('eligibility.departureDate', 'eligibility.before-program', { start: PROGRAM_START }));
  const { accountExpiry, deadline, daysLeft } = derived;
  if (accountExpiry && accountExpiry > ctx.today) {
    out.push(makeIssue('eligibility.departureDate', 'eligibility.account-active', { expiry: accountExpiry }));
  } else if (deadline && daysLeft !== null) {
    if (daysLeft < 0) out.push(makeIssue('eligibility.departureDate', 'window.expired', { deadline, days: -daysLeft }));
    else if (daysLeft <= URGENT_DAYS) out.push(makeIssue('eligibility.departureDate', 'window.urgent', { deadline, days: daysLeft }));
  }
  const faculty = facultyByCode(d.applicant?.facultyCode ?? '');
  if (faculty && faculty.code !== ctx.departmentCode) {
    const department = facultyByCode(ctx.departmentCode);
    out.push(makeIssue('applicant.facultyCode', 'faculty.not-this-department', { faculty: faculty.ja, department: department?.ja ?? ctx.departmentCode }));
  }
  if (ctx.studentNumberPattern && d.applicant?.studentNumber !== undefined) {
    const sn = normalizeStudentNumber(d.applicant.studentNumber);
    if (/^[A-Z0-9-]{1,16}$/.test(sn) && !new RegExp(`^(?:${ctx.studentNumberPattern})$`).test(sn)) {
      out.push(makeIssue('applicant.studentNumber', 'student-number.pattern', { pattern: ctx.studentNumberPattern }));
    }
  }
  const requested = d.request?.services ?? [];
  for (const h of ctx.history) {
    if (normalizeAccount(h.utokyoAccount) !== derived.utokyoAccount) continue;
    for (const s of requested.filter((x) => h.services.includes(x))) {
      const names = { service: serviceById(s).name.ja, serviceEn: serviceById(s).name.en };
      if (h.status === 'delivered') out.push(makeIssue('request.services', 'services.used-before', { ...names, source: 'history' }));
      else if (PENDING.includes(h.status)) out.push(makeIssue('request.services', 'services.pending', { ...names, caseNumber: h.caseNumber ?? '' }));
    }
  }
  return out;
}

/** Every rule of SPEC §2 over an untrusted case input. `ok` means it may be finalized. */
export function evaluateCase(input: unknown, ctx: EvaluationContext): Evaluation {
  const parsed = caseDraftShape.safeParse(input ?? {});
  const draft: CaseDraft = parsed.success ? parsed.data : {};
  const utokyoAccount = normalizeAccount(typeof draft.applicant?.utokyoAccount === 'string' ? draft.applicant.utokyoAccount : '');
  const derived: Derived = { utokyoAccount, ...deriveWindow(draft.eligibility, ctx.today) };
  const all = [...(parsed.success ? [] : zodIssues(parsed.error)), ...fieldIssues(draft), ...contextIssues(draft, ctx, derived)];
  const issues = all.filter((i) => i.severity === 'error');
  const warnings = all.filter((i) => i.severity === 'warning');
  return { ok: issues.length === 0, issues, warnings, derived };
}
