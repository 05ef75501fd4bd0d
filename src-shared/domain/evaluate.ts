// The full rule check used to decide whether a case may be finalized: the context-free field
// rules plus those that need today's date, the department and the local history.
import type { z } from 'zod';
import { caseDraftShape, type CaseDraft } from './case-schema';
import { accountExpiryFor, daysBetween, deadlineFor, isIsoDate, PROGRAM_START, URGENT_DAYS, type IsoDate } from './dates';
import { facultyByCode } from './faculties';
import { fieldIssues } from './field-rules';
import { foldDraft } from './fold-draft';
import { acknowledgementIssues } from './acknowledgements';
import { makeIssue, type Issue } from './issue';
import { normalizeAccount, normalizeStudentNumber } from './normalize';
import { serviceById, type ServiceId } from './services';
import { isIssueCode } from '../messages/issues';
import { isStudentNumber, isUtokyoAccount } from '../formats';

export const CASE_STATUSES = [
  'draft', 'finalized', 'awaiting-hand-off', 'handed-over', 'queued', 'sending', 'delivered', 'needs-attention', 'discarded',
  // The identity check failed: numbered, recorded and kept, never handed off (SPEC §3).
  'closed-not-verified',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

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
const PENDING: readonly CaseStatus[] = ['finalized', 'awaiting-hand-off', 'queued', 'sending'];
/** Statuses in which the desk has the request (handed over through the mail form, or delivered). */
const SENT: readonly CaseStatus[] = ['delivered', 'handed-over'];

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
  const departure = d.eligibility?.departureDate ?? '';
  // A leaving date after today is more often a typo than a fact: staff confirm it before the case
  // is told the account is still valid.
  if (isIsoDate(departure) && departure > ctx.today && d.acknowledgements?.['departure-in-future'] !== true) {
    out.push(makeIssue('eligibility.departureDate', 'departure.future', { date: departure, today: ctx.today }));
  } else if (accountExpiry && accountExpiry > ctx.today) {
    out.push(makeIssue('eligibility.departureDate', 'eligibility.account-active', { expiry: accountExpiry }));
  } else if (deadline && daysLeft !== null) {
    if (daysLeft < 0) out.push(makeIssue('eligibility.departureDate', 'window.expired', { deadline, days: -daysLeft }));
    else if (daysLeft <= URGENT_DAYS) out.push(makeIssue('eligibility.departureDate', 'window.urgent', { deadline, days: daysLeft }));
  }
  out.push(...overrideIssues(d.eligibility, ctx.today, derived));
  const faculty = facultyByCode(d.applicant?.facultyCode ?? '');
  // An unconfigured department (blank code) is reported by the settings check, not as a mismatch here.
  if (faculty && ctx.departmentCode.trim() !== '' && faculty.code !== ctx.departmentCode) {
    const department = facultyByCode(ctx.departmentCode);
    out.push(makeIssue('applicant.facultyCode', 'faculty.not-this-department', {
      faculty: faculty.ja,
      facultyEn: faculty.en,
      department: department?.ja ?? ctx.departmentCode,
      departmentEn: department?.en ?? ctx.departmentCode,
    }));
  }
  const departmentPattern = ctx.studentNumberPattern ? compilePattern(ctx.studentNumberPattern) : null;
  if (departmentPattern && d.applicant?.studentNumber !== undefined) {
    const sn = normalizeStudentNumber(d.applicant.studentNumber);
    if (isStudentNumber(sn) && !departmentPattern.test(sn)) {
      out.push(makeIssue('applicant.studentNumber', 'student-number.pattern', { pattern: ctx.studentNumberPattern ?? '' }));
    }
  }
  const requested = d.request?.services ?? [];
  // Only a well-formed account can be matched against history (an empty one would match empties).
  const account = isUtokyoAccount(derived.utokyoAccount) ? derived.utokyoAccount : null;
  for (const h of account ? ctx.history : []) {
    if (normalizeAccount(h.utokyoAccount) !== account) continue;
    for (const s of requested.filter((x) => h.services.includes(x))) {
      const names = { service: serviceById(s).name.ja, serviceEn: serviceById(s).name.en };
      if (SENT.includes(h.status)) out.push(makeIssue('request.services', 'services.used-before', { ...names, source: 'history' }));
      else if (PENDING.includes(h.status)) out.push(makeIssue('request.services', 'services.pending', { ...names, caseNumber: h.caseNumber ?? '' }));
    }
  }
  return out;
}

/** An override that makes an expired case (by the computed date) eligible: the desk must see it. */
function overrideIssues(el: CaseDraft['eligibility'], today: IsoDate, derived: Derived): Issue[] {
  const departure = el?.departureDate ?? '';
  const override = el?.accountExpiryOverride ?? '';
  const { accountExpiry, deadline, daysLeft } = derived;
  if (!isIsoDate(departure) || !isIsoDate(override) || !deadline || daysLeft === null || daysLeft < 0) return [];
  if (accountExpiry === null || accountExpiry > today) return [];
  const computedDeadline = deadlineFor(accountExpiryFor(departure));
  if (computedDeadline >= today) return [];
  return [makeIssue('eligibility.accountExpiryOverride', 'expiry.override-revives', { computedDeadline, deadline })];
}

/** The department's pattern, anchored; null when it is not a valid expression (settings reject those). */
function compilePattern(source: string): RegExp | null {
  try {
    return new RegExp(`^(?:${source})$`);
  } catch {
    return null;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy of `value` without the parts zod refused, so one bad field does not hide all the others. */
function withoutPaths(value: unknown, paths: readonly (readonly PropertyKey[])[]): unknown {
  if (paths.some((p) => p.length === 0)) return undefined;
  const heads = new Set(paths.map((p) => p[0]));
  const rest = (key: PropertyKey) => paths.filter((p) => p[0] === key).map((p) => p.slice(1));
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => (heads.has(i) ? (rest(i).some((p) => p.length === 0) ? [] : [withoutPaths(item, rest(i))]) : [item]));
  }
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const sub = withoutPaths(item, heads.has(key) ? rest(key) : []);
    if (sub !== undefined) out[key] = sub;
  }
  return out;
}

/** Parses what can be parsed; zod's findings come back as issues with our codes. */
function parseDraft(input: unknown): { draft: CaseDraft; refused: Issue[] } {
  const refused: Issue[] = [];
  let candidate: unknown = input ?? {};
  // Dropping the refused parts can only make an all-optional shape valid, so two passes suffice;
  // the third is a bound, not an expectation.
  for (let pass = 0; pass < 3; pass++) {
    const parsed = caseDraftShape.safeParse(candidate);
    if (parsed.success) return { draft: parsed.data, refused };
    refused.push(...zodIssues(parsed.error));
    candidate = withoutPaths(candidate, parsed.error.issues.map((i) => i.path)) ?? {};
  }
  return { draft: {}, refused };
}

/** True when `a` and `b` name the same field or one contains the other. */
const overlaps = (a: string, b: string): boolean => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`) || a === '' || b === '';

function dedupe(list: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return list.filter((i) => {
    const key = `${i.code}@${i.path}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Every rule of SPEC §2 over an untrusted case input. `ok` means it may be finalized. */
export function evaluateCase(input: unknown, ctx: EvaluationContext): Evaluation {
  if (!isIsoDate(ctx.today)) throw new RangeError('evaluateCase: ctx.today must be a YYYY-MM-DD calendar date');
  const { draft: parsed, refused } = parseDraft(input);
  // Rules read dates and addresses as the store keeps them (和暦 → YYYY-MM-DD, full-width → ASCII).
  const draft = foldDraft(parsed);
  const utokyoAccount = normalizeAccount(draft.applicant?.utokyoAccount ?? '');
  const derived: Derived = { utokyoAccount, ...deriveWindow(draft.eligibility, ctx.today) };
  // A field zod refused (too long, wrong type) is reported once, not again as "missing".
  const ruled = [...fieldIssues(draft), ...contextIssues(draft, ctx, derived)].filter((i) => !refused.some((r) => overlaps(r.path, i.path)));
  const all = [...dedupe(refused), ...ruled];
  const warnings = all.filter((i) => i.severity === 'warning');
  const issues = [...all.filter((i) => i.severity === 'error'), ...acknowledgementIssues(warnings, draft.acknowledgements)];
  return { ok: issues.length === 0, issues, warnings, derived };
}
