// Enqueue: sign a finalized case's v1 payload once and store the JWS, on the installation's
// delivery channel (SPEC §3): 'mail-form' → awaiting-hand-off (nothing is ever POSTed for it),
// 'endpoint' → queued (every attempt sends these bytes with Idempotency-Key = submissionId).
import type { OperatorOptions, OutboxItem } from '../../../src-shared/core-api';
import { idSchema, operatorOption, parseArguments } from '../cases/arguments';
import { CoreError } from '../errors';
import { currentSigningKey, signPayload } from '../keys';
import { buildPayload } from './build-payload';
import { mirrorOnCase } from './case-status-of';
import { itemOf, nowIso, type OutboxContext } from './outbox-context';

export async function enqueueRequest(o: OutboxContext, caseIdArg: string, opts: OperatorOptions | undefined): Promise<OutboxItem> {
  const { caseId, operator } = parseArguments({ caseId: idSchema, operator: operatorOption }, { caseId: caseIdArg, operator: opts?.operator });
  const existing = o.rows.requestOf(caseId);
  if (existing) return itemOf(o, existing);
  const { core } = o;
  const view = core.getCase(caseId);
  if (view.status !== 'finalized' || !view.submissionId || !view.caseNumber) {
    throw new CoreError('invalid-state', {
      ja: '確定した案件だけを送信できます。先に内容を確認して確定してください。',
      en: 'Only a finalized case can be sent. Check and finalize it first.',
    });
  }
  const settings = core.getSettings();
  const payload = buildPayload(view, settings, core.now());
  const { kid, key } = await currentSigningKey(core);
  const signed = await signPayload(payload, key, kid);
  const channel = settings.deliveryChannel;
  const row = core.db.transaction(() => {
    const raced = o.rows.requestOf(caseId);
    if (raced) return raced;
    o.rows.insert({
      id: payload.submissionId, kind: 'request', caseId, caseNumber: payload.caseNumber, channel, amends: null,
      jws: signed.jws, sha: signed.payloadSha256, kid, due: core.now().getTime(), at: nowIso(o),
    });
    const inserted = o.rows.get(payload.submissionId)!;
    mirrorOnCase(o, inserted, inserted.state);
    core.audit({ action: 'enqueue', operator, caseId, details: { caseNumber: payload.caseNumber, submissionId: payload.submissionId, payloadSha256: signed.payloadSha256, kid, channel } });
    return inserted;
  })();
  o.changed();
  o.arm();
  return itemOf(o, row);
}
