// "Retry now" for one item and "send everything now": both make queued endpoint
// items due at once. A press while the item's request is in flight is remembered on the row and
// honoured when that attempt's outcome arrives (see apply-outcome.ts), never lost.
import type { OperatorOptions, OutboxItem, SendAllResult } from '../../../src-shared/core-api';
import { assertNever } from '../../../src-shared/assert-never';
import { parseIdAndOperator, parseOperator } from '../cases/arguments';
import { CoreError } from '../errors';
import type { Flusher } from './flush';
import { nowIso, requireLiveRow, reread, type OutboxContext } from './outbox-context';
import type { OutboxRow } from './outbox-rows';

const refused = (ja: string, en: string): CoreError => new CoreError('invalid-state', { ja, en });

function retryable(row: OutboxRow): 'now' | 'after-flight' {
  switch (row.state) {
    case 'queued':
    case 'needs-attention':
      return 'now';
    case 'sending':
      return 'after-flight';
    case 'delivered':
      throw refused('この申請は配信済みです。', 'This request has already been delivered.');
    case 'handed-over':
      throw refused('この申請は送付済み(メールフォーム)です。二重に送ることはありません。', 'This request was already sent through the mail form; it is never sent again.');
    case 'awaiting-hand-off':
      throw refused('この申請はメールフォームで送ります。フォームを開いて送り、「送付済みにする」で記録してください。', 'This request goes through the mail form: open the form, submit it and record the hand-off.');
    default:
      return assertNever(row.state, 'outbox state');
  }
}

export async function retryItem(o: OutboxContext, idArg: string, opts: OperatorOptions | undefined): Promise<OutboxItem> {
  const { id, operator } = parseIdAndOperator(idArg, opts);
  const row = requireLiveRow(o, id, { ja: '再送', en: 'sent again' });
  const when = retryable(row);
  o.core.db.transaction(() => {
    if (when === 'after-flight') o.rows.requestRetry(row.id, nowIso(o));
    else {
      o.rows.markLater(row.id, o.core.now().getTime(), null, nowIso(o));
    }
    o.core.audit({ action: 'retry', operator, caseId: row.case_id, details: { caseNumber: row.case_number, submissionId: row.id, from: row.state } });
  })();
  o.changed();
  o.arm();
  return reread(o, row.id);
}

export async function sendAllNow(o: OutboxContext, flusher: Flusher, opts: { operator: string }): Promise<SendAllResult> {
  const operator = parseOperator(opts);
  const targets = o.rows.queued();
  const at = nowIso(o);
  o.core.db.transaction(() => {
    for (const t of targets) o.rows.makeDue(t.id, o.core.now().getTime(), at);
    o.core.audit({ action: 'send-all', operator, details: { items: targets.length } });
  })();
  o.changed();
  await flusher.flush();
  const result = { delivered: 0, stillFailing: [] as SendAllResult['stillFailing'][number][], notSent: 0 };
  for (const t of targets) {
    const now = o.rows.get(t.id);
    if (now?.state === 'delivered') result.delivered++;
    else if (now && now.attempts > t.attempts && now.last_error !== null) {
      const error = JSON.parse(now.last_error) as { message: { ja: string; en: string } };
      result.stillFailing.push({ id: now.id, caseNumber: now.case_number, message: error.message });
    } else result.notSent++;
  }
  return result;
}
