// The v1 payload of a finalized case (SPEC §4). Values are normalized once more (idempotent) so
// the desk always receives the canonical forms the rules checked, and the result is validated
// with the shared schema before anything is signed.
import type { CaseView, Settings } from '../../../src-shared/core-api';
import { checklistFor, deriveWindow, expiryOverrideOf, facultyByCode, normalizeAccount, normalizeEmail, normalizeStudentNumber, normalizeText, tokyoDate, tokyoTimestamp, zodIssues } from '../../../src-shared/domain';
import { payloadSchema, RULES_VERSION, type SalvagePayload } from '../../../src-shared/protocol';
import { CoreError } from '../errors';

const optionalText = (v: string | undefined): string | undefined => {
  const t = v === undefined ? '' : normalizeText(v);
  return t === '' ? undefined : t;
};

/** The department the case was finalized under (stored with it), never today's Settings. */
function finalizedDepartment(view: CaseView): { code: string; name: string } {
  if (view.finalizedUnder) return { ...view.finalizedUnder.department };
  throw new CoreError('invalid-state', {
    ja: `案件番号 ${view.caseNumber ?? '-'} は確定されていないため、署名できません。`,
    en: `Case ${view.caseNumber ?? '-'} is not finalized, so it cannot be signed.`,
  });
}

// `_settings` is no longer read (the department comes from the case); kept so callers need not change.
export function buildPayload(view: CaseView, _settings: Settings, createdAt: Date): SalvagePayload {
  const { applicant: a = {}, request: r = {}, eligibility: e = {}, verification: v = {} } = view.input;
  const method = v.method ?? 'in-person';
  const window = deriveWindow(e, tokyoDate(createdAt));
  const faculty = facultyByCode(a.facultyCode ?? '');
  const second = v.secondChecker?.name && v.secondChecker.role
    ? { name: normalizeText(v.secondChecker.name), role: normalizeText(v.secondChecker.role) } : undefined;
  const candidate = {
    type: 'salvage-request',
    version: 1,
    submissionId: view.submissionId,
    caseNumber: view.caseNumber,
    createdAt: tokyoTimestamp(createdAt),
    department: finalizedDepartment(view),
    applicant: {
      utokyoAccount: normalizeAccount(a.utokyoAccount ?? ''),
      studentNumber: normalizeStudentNumber(a.studentNumber ?? ''),
      name: normalizeText(a.name ?? ''),
      nameKana: optionalText(a.nameKana),
      faculty: { code: a.facultyCode ?? '', name: faculty?.ja ?? '' },
      contactEmail: normalizeEmail(a.contactEmail ?? ''),
    },
    request: { services: r.services ?? [], reason: normalizeText(r.reason ?? '') },
    eligibility: {
      studentBeforeLeaving: e.studentBeforeLeaving ?? false,
      departureDate: e.departureDate ?? '',
      accountExpiry: window.accountExpiry ?? '',
      deadline: window.deadline ?? '',
      priorUse: { 'eccs-mail': e.priorUse?.['eccs-mail'] ?? false, onedrive: e.priorUse?.onedrive ?? false },
      expiryOverride: expiryOverrideOf(e) ?? undefined,
    },
    verification: {
      method,
      videoReason: method === 'video' ? optionalText(v.videoReason) : undefined,
      documentType: v.documentType,
      verifiedAt: view.finalizedAt ? tokyoTimestamp(new Date(view.finalizedAt)) : '',
      verifier: { name: normalizeText(v.verifierName ?? ''), role: normalizeText(v.verifierRole ?? '') },
      secondChecker: second,
      checklist: checklistFor(method, v.documentType).map((item) => ({ id: item.id, ok: v.checklist?.[item.id] === true })),
    },
    rulesVersion: RULES_VERSION,
  };
  // JSON.stringify drops undefined members, so parse a JSON round trip: the bytes signed later
  // must be exactly what the desk's schema sees.
  const parsed = payloadSchema.safeParse(JSON.parse(JSON.stringify(candidate)));
  if (!parsed.success) {
    throw new CoreError('validation', {
      ja: `案件番号 ${view.caseNumber ?? '-'} の内容が送信形式に合わないため、署名できません。項目を確認してください。`,
      en: `Case ${view.caseNumber ?? '-'} does not fit the submission format, so it cannot be signed. Check the fields listed.`,
    }, zodIssues(parsed.error));
  }
  return parsed.data;
}
