// The wizard's form values and their mapping to the shared CaseDraft. Form controls hold strings
// and booleans ('' for "not answered"); the draft leaves unanswered choices out.
import type { CaseDraft } from '../../../src-shared/core-api';
import {
  acknowledgementKeys, checklistItemIds, documentTypeIds, expiryOverrideSources, onlineServiceUnavailableReasons, serviceIds, verificationMethods,
  type AcknowledgementKey, type ChecklistItemId, type ExpiryOverrideSource, type DocumentTypeId, type OnlineServiceUnavailableReason, type ServiceId, type VerificationMethod,
} from '../../../src-shared/domain';
import { draftDate } from './date-input';

export interface CaseFormValues {
  eligibility: {
    studentBeforeLeaving: '' | 'yes' | 'no';
    onlineServiceUnavailable: '' | OnlineServiceUnavailableReason;
    onlineServiceNote: string;
    departureDate: string;
    accountExpiryOverride: string;
    accountExpiryOverrideSource: '' | ExpiryOverrideSource;
    accountExpiryOverrideReason: string;
    priorUse: Record<ServiceId, boolean>;
  };
  verification: {
    method: '' | VerificationMethod;
    videoReason: string;
    documentType: '' | DocumentTypeId;
    documentTypeOther: string;
    verifierName: string;
    verifierRole: string;
    secondChecker: { name: string; role: string };
    checklist: Record<ChecklistItemId, boolean>;
  };
  applicant: {
    utokyoAccount: string;
    studentNumber: string;
    name: string;
    nameKana: string;
    facultyCode: string;
    contactEmail: string;
    contactEmailConfirm: string;
  };
  request: { services: ServiceId[]; reason: string };
  acknowledgements: Record<AcknowledgementKey, boolean>;
}

const oneOf = <T extends string>(options: readonly T[], value: unknown): '' | T =>
  typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : '';

export function fromDraft(d: CaseDraft): CaseFormValues {
  const el = d.eligibility ?? {};
  const v = d.verification ?? {};
  const a = d.applicant ?? {};
  const r = d.request ?? {};
  const checklist = Object.fromEntries(checklistItemIds.map((id) => [id, v.checklist?.[id] === true])) as Record<ChecklistItemId, boolean>;
  return {
    eligibility: {
      studentBeforeLeaving: el.studentBeforeLeaving === undefined ? '' : el.studentBeforeLeaving ? 'yes' : 'no',
      onlineServiceUnavailable: oneOf(onlineServiceUnavailableReasons, el.onlineServiceUnavailable),
      onlineServiceNote: el.onlineServiceNote ?? '',
      departureDate: el.departureDate ?? '',
      accountExpiryOverride: el.accountExpiryOverride ?? '',
      accountExpiryOverrideSource: oneOf(expiryOverrideSources, el.accountExpiryOverrideSource),
      accountExpiryOverrideReason: el.accountExpiryOverrideReason ?? '',
      priorUse: { 'eccs-mail': el.priorUse?.['eccs-mail'] === true, onedrive: el.priorUse?.onedrive === true },
    },
    verification: {
      method: oneOf(verificationMethods, v.method),
      videoReason: v.videoReason ?? '',
      documentType: oneOf(documentTypeIds, v.documentType),
      documentTypeOther: v.documentTypeOther ?? '',
      verifierName: v.verifierName ?? '',
      verifierRole: v.verifierRole ?? '',
      secondChecker: { name: v.secondChecker?.name ?? '', role: v.secondChecker?.role ?? '' },
      checklist,
    },
    applicant: {
      utokyoAccount: a.utokyoAccount ?? '',
      studentNumber: a.studentNumber ?? '',
      name: a.name ?? '',
      nameKana: a.nameKana ?? '',
      facultyCode: a.facultyCode ?? '',
      contactEmail: a.contactEmail ?? '',
      contactEmailConfirm: a.contactEmailConfirm ?? '',
    },
    request: { services: serviceIds.filter((s) => r.services?.includes(s)), reason: r.reason ?? '' },
    acknowledgements: Object.fromEntries(acknowledgementKeys.map((k) => [k, d.acknowledgements?.[k] === true])) as Record<AcknowledgementKey, boolean>,
  };
}

/** The draft to save. Every field is sent, so clearing a field clears it in the core too. */
export function toDraft(f: CaseFormValues): CaseDraft {
  const el = f.eligibility;
  const v = f.verification;
  return {
    eligibility: {
      ...(el.studentBeforeLeaving ? { studentBeforeLeaving: el.studentBeforeLeaving === 'yes' } : {}),
      ...(el.onlineServiceUnavailable ? { onlineServiceUnavailable: el.onlineServiceUnavailable } : {}),
      onlineServiceNote: el.onlineServiceNote,
      departureDate: draftDate(el.departureDate),
      accountExpiryOverride: draftDate(el.accountExpiryOverride),
      ...(el.accountExpiryOverrideSource ? { accountExpiryOverrideSource: el.accountExpiryOverrideSource } : {}),
      accountExpiryOverrideReason: el.accountExpiryOverrideReason,
      priorUse: { 'eccs-mail': el.priorUse['eccs-mail'] === true, onedrive: el.priorUse.onedrive === true },
    },
    verification: {
      ...(v.method ? { method: v.method } : {}),
      videoReason: v.videoReason,
      ...(v.documentType ? { documentType: v.documentType } : {}),
      documentTypeOther: v.documentTypeOther,
      verifierName: v.verifierName,
      verifierRole: v.verifierRole,
      // Always sent (empty when unused): a merge patch cannot remove a key, but it can blank it.
      secondChecker: { name: v.secondChecker.name, role: v.secondChecker.role },
      checklist: Object.fromEntries(checklistItemIds.map((id) => [id, v.checklist[id] === true])),
    },
    applicant: { ...f.applicant },
    request: { services: serviceIds.filter((s) => (f.request.services ?? []).includes(s)), reason: f.request.reason },
    acknowledgements: Object.fromEntries(acknowledgementKeys.map((k) => [k, f.acknowledgements[k] === true])),
  };
}
