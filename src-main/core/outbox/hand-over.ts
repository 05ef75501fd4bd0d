// The mail-form channel's transitions: staff confirm a hand-off (awaiting-hand-off →
// handed-over, final), undo a mistaken one the same Tokyo day with a reason, or — after the
// installation switched to the endpoint — move chosen awaiting items to the queue. Exactly one
// channel per submission: nothing handed over or delivered is ever sent again.
import { z } from 'zod';
import type { OutboxItem } from '../../../src-shared/core-api';
import { containsMyNumber, handOffReferenceIssues, makeIssue } from '../../../src-shared/domain';
import { HAND_OFF_REFERENCE_WIRE_MAX } from '../../../src-shared/ipc-contract';
import { idSchema, parseArguments, SYSTEM_OPERATOR } from '../cases/arguments';
import { operatorSchema } from '../../../src-shared/call-arguments';
import { requireStaff as requireStaffMember } from '../staff-guard';
import { validationError } from '../cases/validation-error';
import { CoreError } from '../errors';
import { nowIso, requireLiveRow, reread, type OutboxContext } from './outbox-context';
import type { OutboxRow } from './outbox-rows';
import { endOfTokyoDay } from './tokyo-day';

/** A hand-off is confirmed by a person: a configured staff member, never the app's own 'system'. */
function requireStaff(o: OutboxContext, operator: string): void {
  if (operator === SYSTEM_OPERATOR) throw validationError([makeIssue('operator', 'operator.not-staff', { name: operator })]);
  requireStaffMember(o.core.getSettings().staff, 'operator', operator);
}

function requireState(row: OutboxRow, state: OutboxRow['state'], ja: string, en: string): void {
  if (row.state !== state) throw new CoreError('invalid-state', { ja, en });
}

function handOffTime(o: OutboxContext, row: OutboxRow, at: string | undefined): string {
  if (at === undefined) return nowIso(o);
  const t = Date.parse(at);
  if (Number.isNaN(t) || t > o.core.now().getTime() || t < Date.parse(row.queued_at)) {
    throw validationError([makeIssue('at', 'hand-off.time-invalid')]);
  }
  return new Date(t).toISOString();
}

export async function markHandedOver(o: OutboxContext, idArg: string, opts: { operator: string; reference?: string; at?: string }): Promise<OutboxItem> {
  const args = parseArguments(
    { id: idSchema, operator: operatorSchema, reference: z.string().trim().max(HAND_OFF_REFERENCE_WIRE_MAX).optional(), at: z.string().max(40).optional() },
    { id: idArg, operator: opts?.operator, reference: opts?.reference, at: opts?.at },
  );
  const reference = args.reference === undefined || args.reference === '' ? null : args.reference;
  if (reference !== null) {
    const issues = handOffReferenceIssues(reference);
    if (issues.length > 0) throw validationError(issues);
  }
  requireStaff(o, args.operator);
  const row = requireLiveRow(o, args.id, { ja: '送付済みに', en: 'marked as sent' });
  requireState(row, 'awaiting-hand-off',
    row.state === 'handed-over' ? 'この申請はすでに送付済みです。' : 'この申請はメールフォームで送付する申請ではありません(送信先URLへ自動で送信されます)。',
    row.state === 'handed-over' ? 'This request was already handed over.' : 'This request is not waiting for a mail-form hand-off (it goes to the endpoint).');
  const handedAt = handOffTime(o, row, args.at);
  o.core.db.transaction(() => {
    o.rows.markHandedOver(row.id, args.operator, handedAt, reference, nowIso(o));
    o.core.audit({ action: 'hand-over', operator: args.operator, caseId: row.case_id, details: { caseNumber: row.case_number, submissionId: row.id, kind: row.kind, handedOverAt: handedAt, withReference: reference !== null },
      // Staff typed the reference: the trail keeps only its digest under the case's key, shredded at purge.
      ...(reference !== null ? { personal: { reference } } : {}) });
  })();
  o.changed();
  return reread(o, row.id);
}

export async function undoHandOver(o: OutboxContext, idArg: string, opts: { operator: string; reason: string }): Promise<OutboxItem> {
  const args = parseArguments({ id: idSchema, operator: operatorSchema, reason: z.string().trim().min(1).max(1000) }, { id: idArg, operator: opts?.operator, reason: opts?.reason });
  if (containsMyNumber(args.reason)) throw validationError([makeIssue('reason', 'mynumber.detected')]);
  requireStaff(o, args.operator);
  const row = requireLiveRow(o, args.id, { ja: '送付済みを取り消し', en: 'un-marked as sent' });
  requireState(row, 'handed-over', 'この申請は送付済みではありません。', 'This request has not been handed over.');
  const recorded = row.hand_off_recorded_at ?? row.handed_over_at ?? '';
  if (o.core.now().getTime() > Date.parse(endOfTokyoDay(recorded))) {
    throw new CoreError('invalid-state', {
      ja: '引き渡しの記録は、記録した日(日本時間)のうちだけ取り消せます。この引き渡しは確定しています。',
      en: 'A hand-off can be undone only on the day it was recorded (Tokyo time). This one is final.',
    });
  }
  o.core.db.transaction(() => {
    o.rows.undoHandOver(row.id, args.operator, args.reason, nowIso(o));
    o.core.audit({ action: 'undo-hand-over', operator: args.operator, caseId: row.case_id, details: { caseNumber: row.case_number, submissionId: row.id, kind: row.kind }, personal: { reason: args.reason } });
  })();
  o.changed();
  return reread(o, row.id);
}

export async function queueAwaiting(o: OutboxContext, idsArg: readonly string[], opts: { operator: string }): Promise<OutboxItem[]> {
  const { ids, operator } = parseArguments({ ids: z.array(idSchema).min(1).max(1000), operator: operatorSchema }, { ids: idsArg, operator: opts?.operator });
  if (o.core.getSettings().deliveryChannel !== 'endpoint') {
    throw new CoreError('invalid-state', {
      ja: '送付先が「メールフォーム」のままです。自動で送るには、先に設定で送付先を「送信先URL」に切り替えてください。',
      en: 'The delivery channel is still the mail form. Switch it to the endpoint in Settings first.',
    });
  }
  const rows = ids.map((id) => requireLiveRow(o, id, { ja: '自動送信に切り替え', en: 'queued for the endpoint' }));
  const wrong = rows.filter((r) => r.state !== 'awaiting-hand-off');
  if (wrong.length > 0) {
    const numbers = wrong.map((r) => r.case_number).join(', ');
    throw new CoreError('invalid-state', {
      ja: `未送付(メールフォーム)ではない申請があります(${numbers})。送付済みの申請は二度と送りません。何も変更していません。`,
      en: `Some requests are not awaiting hand-off (${numbers}). What was handed over or sent is never sent again. Nothing was changed.`,
    });
  }
  o.core.db.transaction(() => {
    for (const r of rows) {
      o.rows.moveToEndpoint(r.id, o.core.now().getTime(), nowIso(o));
      o.core.audit({ action: 'queue-awaiting', operator, caseId: r.case_id, details: { caseNumber: r.case_number, submissionId: r.id, kind: r.kind } });
    }
  })();
  o.changed();
  o.arm();
  return rows.map((r) => reread(o, r.id));
}
