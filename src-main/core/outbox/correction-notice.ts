// Signed corrections: every correction recorded on a case that has its request item becomes a
// correction notice — case number, the original submission id, field, old → new value, reason, who
// and when — signed with the department key (typ salvage-amendment+jws) and put in the outbox as its
// own item on the installation's channel, in the correction's own transaction: POSTed with its own
// Idempotency-Key (its amendment id), or a mail-form block to hand off. Whatever state the request
// is in: a notice for a request not yet handed over is queued after it (the outbox shows the order),
// since the signed request keeps the value it was signed with.
import { randomUUID } from 'node:crypto';
import type { Amendment } from '../../../src-shared/core-api';
import { facultyByCode, tokyoTimestamp, zodIssues } from '../../../src-shared/domain';
import { AMENDMENT_TYPE, AMENDMENT_VERSION, amendmentPayloadSchema, type SalvageAmendmentPayload, type SalvagePayload } from '../../../src-shared/protocol';
import { CoreError } from '../errors';
import { signPayloadSync } from '../keys';
import { nowIso, type OutboxContext } from './outbox-context';
import type { OutboxRow } from './outbox-rows';
import { requestPayload } from './stored-payload';

/** A case-input path and value as the signed request names them (SPEC §4 payload). */
function asPayloadChange(field: string, value: unknown): { field: string; value: unknown } {
  switch (field) {
    case 'applicant.facultyCode':
      return { field: 'applicant.faculty', value: { code: value, name: facultyByCode(typeof value === 'string' ? value : '')?.ja ?? '' } };
    case 'verification.verifierName':
      return { field: 'verification.verifier.name', value };
    case 'verification.verifierRole':
      return { field: 'verification.verifier.role', value };
    case 'eligibility.accountExpiryOverride':
      return { field: 'eligibility.accountExpiry', value };
    default:
      return { field, value };
  }
}

function noticePayload(o: OutboxContext, original: SalvagePayload, a: Amendment): SalvageAmendmentPayload {
  const before = asPayloadChange(a.field, a.oldValue ?? null);
  const after = asPayloadChange(a.field, a.value ?? null);
  const role = o.core.getSettings().staff.find((s) => s.name === a.by)?.role.trim();
  const parsed = amendmentPayloadSchema.safeParse({
    type: AMENDMENT_TYPE,
    version: AMENDMENT_VERSION,
    amendmentId: randomUUID(),
    submissionId: original.submissionId,
    caseNumber: original.caseNumber,
    createdAt: tokyoTimestamp(new Date(a.at)),
    // The department the request was signed for, not today's Settings.
    department: original.department,
    field: after.field,
    oldValue: before.value,
    newValue: after.value,
    reason: a.reason,
    by: { name: a.by, role: role || '-' },
  });
  if (!parsed.success) {
    throw new CoreError('validation', {
      ja: `訂正は記録しましたが、案件番号 ${original.caseNumber} の訂正通知を作れませんでした。項目を確認してください。`,
      en: `The correction was recorded, but no correction notice could be made for case ${original.caseNumber}. Check the fields listed.`,
    }, zodIssues(parsed.error));
  }
  return parsed.data;
}

/** The notice of a correction just recorded (call inside its transaction); null when the case has no request item yet. */
export function addCorrectionNotice(o: OutboxContext, caseId: string, amendment: Amendment): OutboxRow | null {
  const request = o.rows.requestOf(caseId);
  // No request item yet: the request, when it is signed, is built from the corrected case.
  if (!request) return null;
  const payload = noticePayload(o, requestPayload(request), amendment);
  const { kid, key } = o.signingKey();
  const signed = signPayloadSync(payload, key, kid);
  const channel = o.core.getSettings().deliveryChannel;
  o.rows.insert({
    id: payload.amendmentId, kind: 'amendment', caseId, caseNumber: payload.caseNumber, channel, amends: payload.submissionId,
    jws: signed.jws, sha: signed.payloadSha256, kid, due: o.core.now().getTime(), at: nowIso(o),
  });
  // The notice carries old and new personal values: its hash is a per-case digest, shredded at purge.
  o.core.audit({
    action: 'amendment-notice', operator: amendment.by, caseId,
    details: { caseNumber: payload.caseNumber, amendmentId: payload.amendmentId, submissionId: payload.submissionId, field: payload.field, channel, kid },
    personal: { payloadSha256: signed.payloadSha256 },
  });
  return o.rows.get(payload.amendmentId)!;
}
