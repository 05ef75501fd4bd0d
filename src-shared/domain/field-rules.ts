// Context-free rules: they need nothing but the case itself, so they also drive the form
// (through caseInputSchema) while staff type. Rules that need today's date, the department or
// the local history live in evaluate.ts.
import { checklistFor, type ChecklistItemId, type VerificationMethod } from './checklist';
import { crossCheckIssues } from './cross-checks';
import type { DocumentTypeId } from './document-types';
import { isIsoDate } from './dates';
import { daysInMonth, ERAS, parseDateInput } from './date-input';
import { facultyByCode } from './faculties';
import { makeIssue, type Issue } from './issue';
import { containsMyNumber } from './my-number';
import { isEmailAddress } from './email-rule';
import { normalizeAccount, normalizeEmail, normalizeStudentNumber, normalizeText, toHalfWidth } from './normalize';
import { serviceById, serviceIds, type ServiceId } from './services';
import { REASON_MIN_LENGTH, type CaseDraft } from './case-shape';
import { isStudentNumber, isUtokyoAccount } from '../formats';
import { assertNever } from '../assert-never';

const UNREACHABLE_DOMAINS = ['g.ecc.u-tokyo.ac.jp', 'utac.u-tokyo.ac.jp'];

/** Free-text fields checked for a My Number, by dotted path. */
function freeTexts(d: CaseDraft): [string, string | undefined][] {
  return [
    // Not free text, but the one number field where a My Number typed by mistake would be stored.
    ['applicant.utokyoAccount', d.applicant?.utokyoAccount],
    ['applicant.name', d.applicant?.name],
    ['applicant.nameKana', d.applicant?.nameKana],
    ['applicant.studentNumber', d.applicant?.studentNumber],
    ['request.reason', d.request?.reason],
    ['eligibility.onlineServiceNote', d.eligibility?.onlineServiceNote],
    ['verification.videoReason', d.verification?.videoReason],
    ['verification.documentTypeOther', d.verification?.documentTypeOther],
    ['verification.verifierName', d.verification?.verifierName],
    ['verification.verifierRole', d.verification?.verifierRole],
    ['verification.secondChecker.name', d.verification?.secondChecker?.name],
    ['verification.secondChecker.role', d.verification?.secondChecker?.role],
  ];
}

export function myNumberIssues(d: CaseDraft): Issue[] {
  return freeTexts(d)
    .filter(([, v]) => v !== undefined && containsMyNumber(v))
    .map(([path]) => makeIssue(path, 'mynumber.detected'));
}

const blank = (v: string | undefined): boolean => v === undefined || normalizeText(v) === '';

export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

function applicantIssues(a: NonNullable<CaseDraft['applicant']>): Issue[] {
  const out: Issue[] = [];
  const account = normalizeAccount(a.utokyoAccount ?? '');
  if (!isUtokyoAccount(account)) {
    out.push(makeIssue('applicant.utokyoAccount', 'account.format', { length: account.length, nonDigit: /\D/.test(account) ? 1 : 0 }));
  }
  if (!isStudentNumber(normalizeStudentNumber(a.studentNumber ?? ''))) {
    out.push(makeIssue('applicant.studentNumber', 'student-number.format'));
  }
  if (blank(a.name)) out.push(makeIssue('applicant.name', 'name.required'));
  if (!facultyByCode(a.facultyCode ?? '')) out.push(makeIssue('applicant.facultyCode', 'faculty.unknown'));
  const email = normalizeEmail(a.contactEmail ?? '');
  const domain = emailDomain(email);
  if (!isEmailAddress(email)) {
    out.push(makeIssue('applicant.contactEmail', 'email.format'));
  } else if (UNREACHABLE_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`))) {
    out.push(makeIssue('applicant.contactEmail', 'email.unreachable', { domain }));
  } else if (domain === 'u-tokyo.ac.jp' || domain.endsWith('.u-tokyo.ac.jp')) {
    out.push(makeIssue('applicant.contactEmail', 'email.university', { domain }));
  }
  // An empty confirmation is not a confirmation, even when the first field is empty too.
  if (blank(a.contactEmailConfirm) || normalizeEmail(a.contactEmailConfirm ?? '') !== email) {
    out.push(makeIssue('applicant.contactEmailConfirm', 'email.mismatch'));
  }
  return out;
}

// "Only forgot" (seed: 「バックアップを忘れていたため」 alone may be refused): the text explains why the
// backup failed but says nothing about why the data is needed now. A hint, not a verdict, so it
// errs towards silence: any word about a need or a use of the data keeps it quiet — but not the
// words of this very procedure (「救出を申請します」「手続きができませんでした」 say nothing about a need).
const FAILURE_WORDS = new RegExp(
  [
    '忘れ', 'わすれ', '失念', 'うっかり', '間に合わ', 'できなかった', '出来なかった', 'できていなかった', 'しそびれ', '失敗',
    '知らなかった', '気づかなかった', '気付かなかった', '時間がなかった', '取っていなかった', 'とっていなかった', 'していなかった',
    '\\bforg[eo]t', '\\bdid(?:n[\'’]t| not) (?:have time|know|reali[sz]e|back ?up|make)', '\\bfailed to\\b', '\\bno time\\b',
    '\\bwas(?:n[\'’]t| not) aware', '\\bneglected\\b', '\\boverlooked\\b', '\\bmissed\\b', '\\bran out of time',
  ].join('|'),
  'i',
);
const NEED_WORDS = new RegExp(
  [
    '必要', '要る', '使いたい', '使用したい', '利用したい', '参照', '提出', '論文', '証明', '仕事', '業務',
    '就職', '転職', '裁判', '訴訟', '契約', '税', '資格', '審査', '根拠', '引き継', '連絡先', 'ビザ', '査証', '奨学金', '年金',
    '\\bneed', '\\brequire', '\\bsubmi(?:t|ssion)', '\\bthesis', '\\bdissertation', '\\bpaper', '\\bevidence',
    '\\bproof\\b', '\\bjob\\b', '\\bemployer', '\\bappl(?:y|ication)', '\\bcourt\\b', '\\btax', '\\bvisa\\b',
    '\\bcontract', '\\bcertificat', '\\bpublish', '\\bmanuscript', '\\bin order to\\b', '\\bso that\\b',
  ].join('|'),
  'i',
);
// "I did not know a backup was needed" talks about the backup, not about a need for the data.
const BACKUP_NEED = /バックアップ(?:を取る|をとる|する)?(?:こと)?が必要|\bneed(?:ed)? to (?:make a )?back ?up|\bbackups? (?:was|were|is) (?:needed|required)/gi;

export function reasonOnlyForgot(reason: string): boolean {
  const text = toHalfWidth(reason);
  return FAILURE_WORDS.test(text) && !NEED_WORDS.test(text.replace(BACKUP_NEED, ''));
}

function requestIssues(r: NonNullable<CaseDraft['request']>): Issue[] {
  const out: Issue[] = [];
  if (!r.services || r.services.length === 0) out.push(makeIssue('request.services', 'services.empty'));
  const reason = normalizeText(r.reason ?? '');
  const length = [...reason].length;
  if (length < REASON_MIN_LENGTH) {
    out.push(makeIssue('request.reason', 'reason.too-short', { length, min: REASON_MIN_LENGTH }));
  }
  if (length > 0 && reasonOnlyForgot(reason)) out.push(makeIssue('request.reason', 'reason.only-forgot'));
  return out;
}

const DEPARTURE = { field: '離籍日', fieldEn: 'departure date' };
const EXPIRY = { field: '失効日', fieldEn: 'expiry date' };

/** Why a stored date field is not a calendar date: an impossible day, a date outside its era, or unreadable. */
function dateIssue(path: string, value: string, unreadable: 'departure.format' | 'expiry.format', names: typeof DEPARTURE): Issue {
  const parsed = parseDateInput(value);
  switch (parsed.kind) {
    case 'impossible':
      return makeIssue(path, 'date.impossible', { ...names, year: parsed.year, month: parsed.month, day: parsed.day, days: parsed.month >= 1 && parsed.month <= 12 ? daysInMonth(parsed.year, parsed.month) : 0 });
    case 'outside-era': {
      const i = ERAS.findIndex((e) => e.id === parsed.era.id);
      const end = i > 0 ? ERAS[i - 1]!.start : '';
      return makeIssue(path, 'date.outside-era', { ...names, era: parsed.era.ja, eraEn: parsed.era.en, eraYear: parsed.eraYear === 1 ? '元' : parsed.eraYear, iso: parsed.iso, start: parsed.era.start, end: end ? dayBefore(end) : '' });
    }
    case 'date': // typed as a date but stored before normalizing: the form folds it, the rule reads it
    case 'empty':
    case 'unreadable':
      return makeIssue(path, unreadable);
    default:
      return assertNever(parsed);
  }
}

const dayBefore = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

function eligibilityIssues(el: NonNullable<CaseDraft['eligibility']>, requested: readonly ServiceId[]): Issue[] {
  const out: Issue[] = [];
  if (el.studentBeforeLeaving === undefined) out.push(makeIssue('eligibility.studentBeforeLeaving', 'eligibility.student-required'));
  else if (!el.studentBeforeLeaving) out.push(makeIssue('eligibility.studentBeforeLeaving', 'eligibility.not-student'));
  if (!el.onlineServiceUnavailable) out.push(makeIssue('eligibility.onlineServiceUnavailable', 'online.reason-required'));
  else if (el.onlineServiceUnavailable === 'other' && blank(el.onlineServiceNote)) {
    out.push(makeIssue('eligibility.onlineServiceNote', 'online.note-required'));
  }
  const departure = el.departureDate ?? '';
  if (!isIsoDate(departure)) out.push(dateIssue('eligibility.departureDate', departure, 'departure.format', DEPARTURE));
  const override = el.accountExpiryOverride;
  if (override !== undefined && override !== '') {
    if (!isIsoDate(override)) out.push(dateIssue('eligibility.accountExpiryOverride', override, 'expiry.format', EXPIRY));
    else if (isIsoDate(departure) && override < departure) {
      out.push(makeIssue('eligibility.accountExpiryOverride', 'expiry.before-departure', { expiry: override, departure }));
    }
    // An override is a claim against the computed date: it needs where it comes from and why.
    if (!el.accountExpiryOverrideSource) out.push(makeIssue('eligibility.accountExpiryOverrideSource', 'expiry.override-source-required'));
    if (blank(el.accountExpiryOverrideReason)) out.push(makeIssue('eligibility.accountExpiryOverrideReason', 'expiry.override-reason-required'));
  }
  for (const id of serviceIds) {
    // The applicant's declaration is part of the record, so both answers are required.
    if (el.priorUse?.[id] === undefined) out.push(makeIssue(`eligibility.priorUse.${id}`, 'prior-use.required'));
    if (requested.includes(id) && el.priorUse?.[id] === true) {
      out.push(makeIssue('request.services', 'services.used-before', { service: serviceById(id).name.ja, serviceEn: serviceById(id).name.en, source: 'declared' }));
    }
  }
  return out;
}

function verificationIssues(v: NonNullable<CaseDraft['verification']>): Issue[] {
  const out: Issue[] = [];
  if (!v.method) out.push(makeIssue('verification.method', 'method.required'));
  if (v.method === 'video' && blank(v.videoReason)) out.push(makeIssue('verification.videoReason', 'video.reason-required'));
  if (!v.documentType) out.push(makeIssue('verification.documentType', 'document.required'));
  if (v.documentType === 'other' && blank(v.documentTypeOther)) {
    out.push(makeIssue('verification.documentTypeOther', 'document.other-required'));
  }
  if (blank(v.verifierName)) out.push(makeIssue('verification.verifierName', 'verifier.required'));
  if (blank(v.verifierRole)) out.push(makeIssue('verification.verifierRole', 'verifier.required'));
  // An optional second checker left entirely empty is no second checker; half-filled is a mistake.
  const second = v.secondChecker;
  if (second && !(blank(second.name) && blank(second.role))) {
    if (blank(second.name)) out.push(makeIssue('verification.secondChecker.name', 'second-checker.incomplete'));
    if (blank(second.role)) out.push(makeIssue('verification.secondChecker.role', 'second-checker.incomplete'));
  }
  out.push(...checklistIssues(v.method ?? 'in-person', v.checklist ?? {}, v.documentType));
  return out;
}

export function checklistIssues(method: VerificationMethod, checklist: Partial<Record<ChecklistItemId, boolean>>, documentType?: DocumentTypeId): Issue[] {
  return checklistFor(method, documentType)
    .filter((item) => checklist[item.id] !== true)
    .map((item) => makeIssue(`verification.checklist.${item.id}`, 'checklist.incomplete', { item: item.ja, itemEn: item.en }));
}

/** Every context-free rule over a (possibly partial) case, errors and warnings. */
export function fieldIssues(d: CaseDraft): Issue[] {
  const requested = d.request?.services ?? [];
  return [
    ...eligibilityIssues(d.eligibility ?? {}, requested),
    ...verificationIssues(d.verification ?? {}),
    ...applicantIssues(d.applicant ?? {}),
    ...requestIssues(d.request ?? {}),
    ...myNumberIssues(d),
    ...crossCheckIssues(d),
  ];
}
