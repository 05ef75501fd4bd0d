// The desk's mail form for one item: the block to paste, and — with a verified prefilled-link
// template — the form URL with every placeholder replaced by its value, encoded as URLSearchParams
// encodes it (so Google decodes exactly the value). Without one, or when the URL would be longer
// than browsers and Google accept, the plain form link and the reason.
import type { MailFormLink } from '../../../src-shared/core-api';
import type { MailFormDestination } from '../../../src-shared/protocol/mail-form-destination';
import { serviceById } from '../../../src-shared/domain';
import {
  amendmentMailFormText, checkPrefillTemplate, fillPrefillTemplate, mailFormText, PREFILL_PLACEHOLDERS, type PrefillPlaceholder, type SalvagePayload,
} from '../../../src-shared/protocol';
import type { OutboxRow } from './outbox-rows';
import { requestPayload, storedPayload } from './stored-payload';

export const MAX_PREFILLED_URL = 8_000;

/** The block staff paste into the form: labelled lines and the 検証コード. */
export function itemText(row: OutboxRow): string {
  const stored = storedPayload(row);
  return stored.kind === 'request' ? mailFormText(stored.payload, row.jws) : amendmentMailFormText(stored.payload, row.jws);
}

function requestValues(p: SalvagePayload, requestText: string): Record<PrefillPlaceholder, string> {
  return {
    caseNumber: p.caseNumber,
    submissionId: p.submissionId,
    departmentName: p.department.name,
    staffName: p.verification.verifier.name,
    staffRole: p.verification.verifier.role,
    applicantName: p.applicant.name,
    utokyoAccount: p.applicant.utokyoAccount,
    studentNumber: p.applicant.studentNumber,
    faculty: p.applicant.faculty.name,
    services: p.request.services.map((s) => serviceById(s).name.ja).join('、'),
    reason: p.request.reason,
    contactEmail: p.applicant.contactEmail,
    requestText,
  };
}

/** A copy of `doc` with `value` at the dotted `path`, when the path exists there. */
function withValueAt(doc: SalvagePayload, path: string, value: unknown): SalvagePayload {
  const copy = structuredClone(doc) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) {
    const child = node[k];
    if (child === null || typeof child !== 'object') return doc;
    node = child as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  if (!(last in node)) return doc;
  node[last] = value;
  return copy as unknown as SalvagePayload;
}

/** Placeholder values of an item; a correction notice fills the form with the corrected request. */
export function placeholderValues(row: OutboxRow, request: OutboxRow | undefined): Record<PrefillPlaceholder, string> {
  const stored = storedPayload(row);
  const text = itemText(row);
  if (stored.kind === 'request') return requestValues(stored.payload, text);
  const n = stored.payload;
  const base = request ? requestValues(withValueAt(requestPayload(request), n.field, n.newValue), text) : null;
  const blank = Object.fromEntries(PREFILL_PLACEHOLDERS.map((k) => [k, ''])) as Record<PrefillPlaceholder, string>;
  return { ...(base ?? blank), caseNumber: n.caseNumber, submissionId: n.submissionId, departmentName: n.department.name, staffName: n.by.name, staffRole: n.by.role, requestText: text };
}

/** The link for one item at `dest` (resolveMailFormDestination): prefilled only with a verified template. */
export function mailFormLink(dest: MailFormDestination, row: OutboxRow, request: OutboxRow | undefined): MailFormLink {
  const text = itemText(row);
  const plain = { url: dest.formUrl, prefilled: false, text, otherThanDefault: dest.otherThanDefault };
  if (!dest.template || !checkPrefillTemplate(dest.template).ok) return { ...plain, reason: dest.reason ?? 'no-template' };
  const url = fillPrefillTemplate(dest.template, placeholderValues(row, request));
  if (url.length > MAX_PREFILLED_URL) return { ...plain, reason: 'too-long' };
  return { url, prefilled: true, text, reason: null, otherThanDefault: dest.otherThanDefault };
}
