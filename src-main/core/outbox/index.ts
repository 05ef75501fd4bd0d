// core.outbox: signed submissions with exactly-once delivery (SPEC §4).
// - enqueue signs the case's v1 payload once and stores the JWS; every attempt sends those bytes
//   with Idempotency-Key = submissionId, so the desk can deduplicate any retry.
// - Each state change, the case status it mirrors and its audit entry share one transaction, and
//   an item is marked 'sending' before its request leaves: after a crash it is simply due again.
import { z } from 'zod';
import type { OutboxItem } from '../../../src-shared/core-api';
import { CONTENT_TYPE, mailFormText, payloadSchema } from '../../../src-shared/protocol';
import type { CoreContext } from '../context';
import type { Core } from '../core-types';
import { idSchema, operatorOption, parseArguments, parseIdAndOperator } from '../cases/arguments';
import { CoreError } from '../errors';
import { currentSigningKey, signPayload } from '../keys';
import { backoffDelay } from './backoff';
import { buildPayload } from './build-payload';
import { testConnection } from './connection-test';
import { deliveryErrors } from './delivery-errors';
import { checkEndpoint } from './endpoint';
import { outcomeOf, outcomeOfError, type Outcome } from './http-outcome';
import { groupRecorder, type Attempted } from './group-recorder';
import { outboxRows, toItem, type OutboxRow } from './outbox-rows';
import { startScheduler, type RunningScheduler } from './scheduler';

export const DEFAULT_TIMEOUT_MS = 30_000;
/** Items claimed or recorded per database commit during a flush. */
const GROUP_COMMIT = 16;

export interface OutboxOptions {
  readonly timeoutMs?: number;
  /** Requests in flight at once during a flush (each submission is still sent by one request). */
  readonly concurrency?: number;
  readonly random?: () => number;
}

export type OutboxModule = Core['outbox'] & {
  payloadHashFor(caseId: string): string | null;
  /** Stop the scheduler and wait for a running flush (core.close calls this before closing the DB). */
  close(): Promise<void>;
};

const notFound = (id: string): CoreError => new CoreError('not-found', {
  ja: `送信箱に ${id} がありません。`, en: `There is no outbox item ${id}.`,
});

export function createOutbox(ctx: CoreContext, options: OutboxOptions = {}): OutboxModule {
  const rows = outboxRows(ctx.db);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const random = options.random ?? Math.random;
  const listeners = new Set<(items: OutboxItem[]) => void>();
  let notifyTimer: ReturnType<typeof setTimeout> | null = null;
  let scheduler: RunningScheduler | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  const nowIso = (): string => ctx.now().toISOString();

  const list = (): OutboxItem[] => rows.all().map(toItem);

  /** Coalesce bursts (a flush of hundreds of items) into one notification. */
  function changed(): void {
    if (listeners.size === 0 || notifyTimer) return;
    notifyTimer = setTimeout(() => {
      notifyTimer = null;
      const items = list();
      for (const l of listeners) {
        try {
          l(items);
        } catch {
          // a listener's failure must not stop delivery
        }
      }
    }, 25);
    notifyTimer.unref?.();
  }

  /** Apply one attempt's outcome: outbox row, case status and audit entry together. */
  function apply({ row, attempts, outcome }: Attempted): void {
    const at = nowIso();
    switch (outcome.kind) {
      case 'delivered':
        rows.markDelivered(row.id, outcome.receiptId, outcome.receivedAt, at);
        ctx.setCaseStatus(row.case_id, 'delivered');
        ctx.audit({ action: 'deliver', operator: 'system', caseId: row.case_id, details: { caseNumber: row.case_number, submissionId: row.id, receiptId: outcome.receiptId, attempts } });
        break;
      case 'retry': {
        const delay = outcome.afterMs ?? backoffDelay(attempts, random);
        rows.markLater(row.id, ctx.now().getTime() + delay, outcome.error, at);
        ctx.setCaseStatus(row.case_id, 'queued');
        break;
      }
      case 'permanent':
        rows.markAttention(row.id, outcome.error, at);
        ctx.setCaseStatus(row.case_id, 'needs-attention');
        ctx.audit({ action: 'needs-attention', operator: 'system', caseId: row.case_id, details: { caseNumber: row.case_number, submissionId: row.id, code: outcome.error.code, attempts } });
        break;
      default: {
        const never: never = outcome;
        throw new Error(`unhandled outcome ${String(never)}`);
      }
    }
  }

  async function send(row: OutboxRow, url: URL): Promise<Outcome> {
    try {
      const res = await ctx.fetch(url, {
        method: 'POST',
        headers: { 'content-type': CONTENT_TYPE, 'idempotency-key': row.id, accept: 'application/json' },
        body: row.jws,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      return await outcomeOf(res, ctx.now());
    } catch (e) {
      return outcomeOfError(e, timeoutMs);
    }
  }

  async function flushOnce(): Promise<void> {
    const check = checkEndpoint(ctx.getSettings().endpointUrl);
    if (!check.ok) {
      const error = check.reason === 'missing' ? deliveryErrors.noEndpoint() : deliveryErrors.endpointInvalid(check.reason);
      const at = nowIso();
      ctx.db.transaction(() => {
        for (const r of rows.pending()) {
          if (r.last_error === null || (JSON.parse(r.last_error) as { code: string }).code !== error.code) rows.note(r.id, error, at);
        }
      })();
      changed();
      return;
    }
    // One snapshot per pass: an item is tried at most once per flush, however fast it fails.
    const due = rows.due(ctx.now().getTime(), 100_000);
    // Group commit: items are marked 'sending' a batch at a time before their requests leave, and
    // outcomes are recorded in batches. Each commit is an fsync (synchronous = FULL), so this is
    // what keeps a drain close to the network's speed. It is safe because a crash only ever
    // leaves items 'sending' (due again, same bytes), which the desk answers with the first receipt.
    let claimed = 0;
    const claim = (): void => {
      const end = Math.min(due.length, claimed + GROUP_COMMIT);
      const batch = due.slice(claimed, end);
      const at = nowIso();
      ctx.db.transaction(() => {
        for (const row of batch) {
          rows.markSending(row.id, at);
          ctx.setCaseStatus(row.case_id, 'sending');
        }
      })();
      claimed = end;
      changed();
    };
    const recorder = groupRecorder((batch) => {
      ctx.db.transaction(() => {
        for (const a of batch) {
          try {
            ctx.db.transaction(() => apply(a))(); // a savepoint: one bad item cannot undo the others
          } catch {
            // left 'sending': due again at the next flush, with the same bytes
          }
        }
      })();
      changed();
    });
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < due.length) {
        const i = next++;
        if (i >= claimed) claim();
        const row = due[i]!;
        recorder.add({ row, attempts: row.attempts + 1, outcome: await send(row, check.url) });
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(concurrency, due.length) }, worker));
    } finally {
      recorder.drain();
    }
  }

  async function flush(): Promise<OutboxItem[]> {
    if (running) {
      again = true;
      await running;
      return list();
    }
    running = (async () => {
      do {
        again = false;
        await flushOnce();
      } while (again);
    })().finally(() => {
      running = null;
    });
    await running;
    return list();
  }

  return {
    async enqueue(caseIdArg, opts) {
      const { caseId, operator } = parseArguments({ caseId: idSchema, operator: operatorOption }, { caseId: caseIdArg, operator: opts?.operator });
      const existing = rows.byCase(caseId);
      if (existing) return toItem(existing);
      const view = ctx.getCase(caseId);
      if (view.status !== 'finalized' || !view.submissionId || !view.caseNumber) {
        throw new CoreError('invalid-state', {
          ja: '確定した案件だけを送信できます。先に内容を確認して確定してください。',
          en: 'Only a finalized case can be sent. Check and finalize it first.',
        });
      }
      const payload = buildPayload(view, ctx.getSettings(), ctx.now());
      const { kid, key } = await currentSigningKey(ctx);
      const signed = await signPayload(payload, key, kid);
      const row = ctx.db.transaction(() => {
        const raced = rows.byCase(caseId);
        if (raced) return raced;
        const at = nowIso();
        rows.insert({ id: payload.submissionId, caseId, caseNumber: payload.caseNumber, jws: signed.jws, sha: signed.payloadSha256, kid, due: ctx.now().getTime(), at });
        ctx.setCaseStatus(caseId, 'queued');
        // The payload's hash would let anyone confirm guessed values after the purge: it is kept as a
        // digest under the case's key, which retention shreds.
        ctx.audit({
          action: 'enqueue', operator, caseId,
          details: { caseNumber: payload.caseNumber, submissionId: payload.submissionId, kid },
          personal: { payloadSha256: signed.payloadSha256 },
        });
        return rows.get(payload.submissionId)!;
      })();
      changed();
      scheduler?.arm();
      return toItem(row);
    },

    flush,

    async list() {
      return list();
    },

    async retry(idArg, opts) {
      const { id, operator } = parseIdAndOperator(idArg, opts);
      const row = rows.get(id);
      if (!row) throw notFound(id);
      if (row.state === 'delivered') {
        throw new CoreError('invalid-state', { ja: 'この申請は配信済みです。', en: 'This request has already been delivered.' });
      }
      ctx.db.transaction(() => {
        rows.markLater(row.id, ctx.now().getTime(), null, nowIso());
        ctx.setCaseStatus(row.case_id, 'queued');
        ctx.audit({ action: 'retry', operator, caseId: row.case_id, details: { caseNumber: row.case_number, submissionId: row.id, from: row.state } });
      })();
      changed();
      scheduler?.arm();
      return toItem(rows.get(row.id)!);
    },

    async mailFormText(idArg) {
      const { id } = parseArguments({ id: idSchema }, { id: idArg });
      const row = rows.get(id);
      if (!row) throw notFound(id);
      if (row.jws === '') {
        throw new CoreError('invalid-state', {
          ja: 'この申請の個人データは保存期間を過ぎたため削除済みです。受付番号とハッシュだけが残っています。',
          en: 'This request\u2019s personal data was purged after the retention period; only the case number and hash remain.',
        });
      }
      // Decoded from the stored JWS, never rebuilt: the labelled lines match the signed bytes.
      const payload = payloadSchema.parse(JSON.parse(Buffer.from(row.jws.split('.')[1]!, 'base64url').toString('utf8')));
      return mailFormText(payload, row.jws);
    },

    startScheduler() {
      scheduler ??= startScheduler({
        flush,
        now: () => ctx.now().getTime(),
        nextDue: () => {
          if (!checkEndpoint(ctx.getSettings().endpointUrl).ok) return rows.pending().length > 0 ? 'no-endpoint' : null;
          return rows.nextDue();
        },
      }, () => {
        scheduler = null;
      });
      return scheduler;
    },

    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    async testConnection(urlArg) {
      const { url } = parseArguments({ url: z.string().max(2000) }, { url: urlArg });
      return testConnection(ctx.fetch, url);
    },

    payloadHashFor(caseId) {
      return rows.byCase(caseId)?.payload_sha256 ?? null;
    },

    async close() {
      await scheduler?.stop();
      await running?.catch(() => undefined);
      if (notifyTimer) clearTimeout(notifyTimer);
      listeners.clear();
    },
  };
}
