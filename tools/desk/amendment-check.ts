// A correction notice is stored only when it can apply: the receiver holds the request it corrects,
// the request is from the same department, and the notice's old value is the request's current
// value (the signed request with the notices already stored for it applied, oldest first).
// Otherwise a typed refusal that says why, so the counter knows what to do.
import type { SalvageAmendmentPayload, SalvagePayload } from '../../src-shared/protocol';
import type { DeskStore } from './desk-store';

export type AmendmentRefusal = 'unknown-submission' | 'other-department' | 'stale-old-value';

export interface Refusal {
  readonly status: 404 | 409;
  readonly code: AmendmentRefusal;
  readonly message: { readonly ja: string; readonly en: string };
}

const decodePayload = (jws: string): unknown => JSON.parse(Buffer.from(jws.split('.')[1] ?? '', 'base64url').toString('utf8'));

/** JSON with object members in a fixed order, so equal values compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

function valueAt(payload: unknown, path: string): unknown {
  let at: unknown = payload;
  for (const part of path.split('.')) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined;
  return at ?? null;
}

/** The request's current value of `field`: the signed one, then each stored notice for it in order. */
function currentValue(request: SalvagePayload, field: string, notices: DeskStore): unknown {
  const applied = notices.ids().map((id) => decodePayload(notices.get(id)!.jws) as SalvageAmendmentPayload)
    .filter((n) => n.submissionId === request.submissionId && n.field === field)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  return applied.length > 0 ? applied.at(-1)!.newValue : valueAt(request, field);
}

export function checkAmendment(notice: SalvageAmendmentPayload, requests: DeskStore, notices: DeskStore): Refusal | null {
  const stored = requests.get(notice.submissionId);
  if (!stored) {
    return { status: 404, code: 'unknown-submission', message: {
      ja: 'この訂正通知が訂正する申請(申請ID)をサポート窓口は受け取っていません。先に申請を送ってください。',
      en: 'The desk has not received the request this correction notice corrects (its submission id). Send the request first.' } };
  }
  const request = decodePayload(stored.jws) as SalvagePayload;
  if (request.department.code !== notice.department.code) {
    return { status: 409, code: 'other-department', message: {
      ja: 'この訂正通知の部局は、訂正する申請の部局と違います。訂正できるのは申請を送った部局だけです。',
      en: 'The correction notice\'s department differs from the department of the request it corrects; only that department can correct it.' } };
  }
  if (canonical(currentValue(request, notice.field, notices)) !== canonical(notice.oldValue)) {
    return { status: 409, code: 'stale-old-value', message: {
      ja: '訂正通知の「訂正前」の値が、サポート窓口が持つ申請の今の値と違います。先に送るべき訂正通知がないか確かめてください。',
      en: 'The notice\'s old value is not the request\'s current value at the desk; check for an earlier correction notice not yet sent.' } };
  }
  return null;
}
