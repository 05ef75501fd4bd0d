// A finalized case's request item: its v1 payload signed once and stored, on the installation's
// delivery channel (SPEC §3): 'mail-form' → awaiting-hand-off (nothing is ever POSTed for it),
// 'endpoint' → queued (every attempt sends these bytes with Idempotency-Key = submissionId).
// Synchronous, so that it is written inside the transaction that finalized the case.
import type { CaseView } from '../../../src-shared/core-api';
import { purgedCase } from '../cases/case-errors';
import { CoreError } from '../errors';
import { signPayloadSync } from '../keys';
import { buildPayload } from './build-payload';
import { nowIso, type OutboxContext } from './outbox-context';
import type { OutboxRow } from './outbox-rows';

function requireFinalized(view: CaseView): { submissionId: string; caseNumber: string } {
  if (view.purgedAt !== null) throw purgedCase({ ja: '送信', en: 'sent' });
  const finalized = view.status !== 'draft' && view.status !== 'discarded' && view.finalizedAt !== null;
  if (!finalized || !view.submissionId || !view.caseNumber) {
    throw new CoreError('invalid-state', {
      ja: '確定した案件だけを送信できます。先に内容を確認して確定してください。',
      en: 'Only a finalized case can be sent. Check and finalize it first.',
    });
  }
  return { submissionId: view.submissionId, caseNumber: view.caseNumber };
}

/** The case's request item; created (signed, audited) when it has none. Call inside a transaction. */
export function addRequestItem(o: OutboxContext, caseId: string, operator: string): OutboxRow {
  const existing = o.rows.requestOf(caseId);
  if (existing) return existing;
  const { core } = o;
  const view = core.getCase(caseId);
  requireFinalized(view);
  const settings = core.getSettings();
  const payload = buildPayload(view, settings, core.now());
  const { kid, key } = o.signingKey();
  const signed = signPayloadSync(payload, key, kid);
  const channel = settings.deliveryChannel;
  o.rows.insert({
    id: payload.submissionId, kind: 'request', caseId, caseNumber: payload.caseNumber, channel, amends: null,
    jws: signed.jws, sha: signed.payloadSha256, kid, due: core.now().getTime(), at: nowIso(o),
  });
  // The payload's hash would let anyone confirm guessed values after the purge: it is kept as a
  // digest under the case's key, which retention shreds.
  core.audit({
    action: 'enqueue', operator, caseId,
    details: { caseNumber: payload.caseNumber, submissionId: payload.submissionId, kid, channel },
    personal: { payloadSha256: signed.payloadSha256 },
  });
  return o.rows.get(payload.submissionId)!;
}

/**
 * Sign the items migration 0009 added for finalized cases that had none (the migration runs before
 * the key is at hand). One that cannot be signed stays as it is and says why when opened.
 */
export function signUnsignedItems(o: OutboxContext): number {
  let done = 0;
  for (const row of o.rows.unsigned()) {
    try {
      o.core.db.transaction(() => {
        const view = o.core.getCase(row.case_id);
        requireFinalized(view); // an erased case is never signed again from what is left of it
        const payload = buildPayload(view, o.core.getSettings(), o.core.now());
        const { kid, key } = o.signingKey();
        const signed = signPayloadSync(payload, key, kid);
        o.rows.setSigned(row.id, signed.jws, signed.payloadSha256, kid, nowIso(o));
        o.core.audit({
          action: 'enqueue', operator: 'system', caseId: row.case_id,
          details: { caseNumber: row.case_number, submissionId: row.id, kid, channel: row.channel },
          personal: { payloadSha256: signed.payloadSha256 },
        });
      })();
      done++;
    } catch {
      // left unsigned: opening it names the problem (stored-payload.ts)
    }
  }
  return done;
}
