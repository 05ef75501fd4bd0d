// CaseView + fingerprint → RecordView (the department is the one stored with the case at finalize). Only locked cases have a record: a draft can
// still change, so printing one would file a paper that no longer matches the case.
import type { CaseView, FinalizedFacts } from '../../../src-shared/core-api';
import { checklistFor, daysBetween, deriveWindow, tokyoDate } from '../../../src-shared/domain';
import { CoreError } from '../errors';
import { parseRecordView, type RecordView } from './record-view';

export interface Fingerprint {
  readonly sha256: string;
  readonly hashSource: 'payload' | 'case';
}

/** Drafts can still change and discarded drafts never happened: every other status is locked. */
const UNPRINTABLE: readonly CaseView['status'][] = ['draft', 'discarded'];

function notPrintable(): CoreError {
  return new CoreError('invalid-state', {
    ja: '本人確認記録は確定済みの案件についてのみ作成できます。先に案件を確定してください。',
    en: 'A verification record can only be made for a finalized case. Finalize the case first.',
  });
}

function missing(): CoreError {
  return new CoreError('invalid-state', {
    ja: 'この案件には記録に必要な項目が欠けているため、本人確認記録を作成できません。案件の内容を確認してください。',
    en: 'This case lacks items the record needs, so no verification record can be made. Check the case.',
  });
}

/** Only finalized (or later) cases have a record; anything else → CoreError('invalid-state'). */
export function assertPrintable(c: CaseView): asserts c is CaseView & { finalizedAt: string; caseNumber: string; finalizedUnder: FinalizedFacts } {
  if (UNPRINTABLE.includes(c.status) || !c.finalizedAt || !c.caseNumber || !c.finalizedUnder) throw notPrintable();
}

/** Throws CoreError('invalid-state') for drafts and discarded cases, ('validation') for a My Number. */
export function buildRecordView(c: CaseView, fp: Fingerprint, versions: { appVersion?: string; rulesVersion?: string } = {}): RecordView {
  assertPrintable(c);
  const { applicant: a, request: r, eligibility: e, verification: v } = c.input;
  if (!a || !r || !e || !v || !v.method || !v.documentType || !e.departureDate || !e.onlineServiceUnavailable) throw missing();
  const window = deriveWindow(e, tokyoDate(new Date(c.finalizedAt)));
  if (!window.accountExpiry || !window.deadline) throw missing();
  const verifiedDate = tokyoDate(new Date(c.finalizedAt));
  const candidate = {
    caseNumber: c.caseNumber,
    submissionId: c.submissionId,
    sha256: fp.sha256,
    hashSource: fp.hashSource,
    department: { ...c.finalizedUnder.department },
    finalizedAt: c.finalizedAt,
    finalizedBy: c.finalizedBy ?? '',
    applicant: {
      utokyoAccount: a.utokyoAccount ?? '',
      studentNumber: a.studentNumber ?? '',
      name: a.name ?? '',
      nameKana: a.nameKana || undefined,
      facultyCode: a.facultyCode ?? '',
      contactEmail: a.contactEmail ?? '',
    },
    eligibility: {
      studentBeforeLeaving: e.studentBeforeLeaving === true,
      departureDate: e.departureDate,
      accountExpiry: window.accountExpiry,
      accountExpiryOverridden: Boolean(e.accountExpiryOverride),
      deadline: window.deadline,
      daysLeftAtVerification: daysBetween(verifiedDate, window.deadline),
      onlineServiceUnavailable: e.onlineServiceUnavailable,
      onlineServiceNote: e.onlineServiceNote || undefined,
      priorUse: { 'eccs-mail': e.priorUse?.['eccs-mail'] === true, onedrive: e.priorUse?.onedrive === true },
    },
    request: { services: r.services ?? [], reason: r.reason ?? '' },
    verification: {
      method: v.method,
      videoReason: v.method === 'video' ? v.videoReason || undefined : undefined,
      documentType: v.documentType,
      documentTypeOther: v.documentType === 'other' ? v.documentTypeOther || undefined : undefined,
      verifiedAt: c.finalizedAt,
      verifier: { name: v.verifierName ?? '', role: v.verifierRole ?? '' },
      secondChecker: v.secondChecker?.name ? { name: v.secondChecker.name, role: v.secondChecker.role ?? '' } : undefined,
      checklist: checklistFor(v.method).map((item) => ({ id: item.id, ok: v.checklist?.[item.id] === true })),
    },
    amendments: c.amendments.map((m) => ({ field: m.field, oldValue: m.oldValue, value: m.value, reason: m.reason, by: m.by, at: m.at })),
    appVersion: versions.appVersion,
    rulesVersion: versions.rulesVersion,
  };
  return parseRecordView(candidate);
}
