// enqueue: the request item of a finalized case. Finalizing already created it in the same
// transaction, so this returns that item; it creates one only for a case that has none (a core
// whose outbox was not listening when the case was finalized).
import type { OperatorOptions, OutboxItem } from '../../../src-shared/core-api';
import { idSchema, operatorOption, parseArguments } from '../cases/arguments';
import { purgedCase } from '../cases/case-errors';
import { itemOf, type OutboxContext } from './outbox-context';
import { addRequestItem } from './request-item';

export async function enqueueRequest(o: OutboxContext, caseIdArg: string, opts: OperatorOptions | undefined): Promise<OutboxItem> {
  const { caseId, operator } = parseArguments({ caseId: idSchema, operator: operatorOption }, { caseId: caseIdArg, operator: opts?.operator });
  if (o.rows.casePurgedAt(caseId) !== null) throw purgedCase({ ja: '送信', en: 'sent' });
  const existing = o.rows.requestOf(caseId);
  if (existing) return itemOf(o, existing);
  const row = o.core.db.transaction(() => addRequestItem(o, caseId, operator))();
  o.changed();
  o.arm();
  return itemOf(o, row);
}
