// What is stored when a case is finalized: the same case with every field in its canonical form
// (10 ASCII digits, upper-case student number, lower-case e-mail domain, trimmed text).
import { normalizeAccount, normalizeEmail, normalizeStudentNumber, normalizeText, type CaseInput } from '../../../src-shared/domain';

const t = (v: string | undefined): string | undefined => (v === undefined ? undefined : normalizeText(v));

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export function normalizeInput(input: CaseInput): CaseInput {
  const { applicant: a, request: r, eligibility: e, verification: v, acknowledgements } = input;
  return {
    ...(acknowledgements ? { acknowledgements } : {}),
    applicant: withoutUndefined({
      ...a,
      utokyoAccount: normalizeAccount(a.utokyoAccount),
      studentNumber: normalizeStudentNumber(a.studentNumber),
      name: normalizeText(a.name),
      nameKana: t(a.nameKana),
      contactEmail: normalizeEmail(a.contactEmail),
      contactEmailConfirm: normalizeEmail(a.contactEmailConfirm),
    }),
    request: { ...r, reason: normalizeText(r.reason) },
    eligibility: withoutUndefined({
      ...e,
      onlineServiceNote: t(e.onlineServiceNote),
      accountExpiryOverride: e.accountExpiryOverride || undefined,
      accountExpiryOverrideReason: t(e.accountExpiryOverrideReason),
    }),
    verification: withoutUndefined({
      ...v,
      videoReason: t(v.videoReason),
      documentTypeOther: t(v.documentTypeOther),
      verifierName: normalizeText(v.verifierName),
      verifierRole: normalizeText(v.verifierRole),
      secondChecker: v.secondChecker ? { name: normalizeText(v.secondChecker.name), role: normalizeText(v.secondChecker.role) } : undefined,
    }),
  };
}

/** Normalizes one amended value the way finalize() would have. */
export function normalizeFieldValue(field: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  switch (field) {
    case 'applicant.utokyoAccount':
      return normalizeAccount(value);
    case 'applicant.studentNumber':
      return normalizeStudentNumber(value);
    case 'applicant.contactEmail':
    case 'applicant.contactEmailConfirm':
      return normalizeEmail(value);
    default:
      return normalizeText(value);
  }
}
