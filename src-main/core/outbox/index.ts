// core.outbox: signed submissions on the installation's delivery channel (SPEC §3, §4), exactly
// once. This file only wires the parts: the transitions (enqueue, claim/apply an outcome, retry,
// hand over, correction notices), the flush and its worker pool, the change notifier and the
// scheduler, over one shared OutboxContext.
import { z } from 'zod';
import type { OutboxItem } from '../../../src-shared/core-api';
import type { CoreContext } from '../context';
import type { Core } from '../core-types';
import { idSchema, parseArguments } from '../cases/arguments';
import { testConnection } from './connection-test';
import { recordCorrectionNotice } from './correction-notice';
import { checkEndpoint } from './endpoint';
import { enqueueRequest } from './enqueue';
import { createFlusher } from './flush';
import { markHandedOver, queueAwaiting, undoHandOver } from './hand-over';
import { itemText, mailFormLink } from './mail-form-link';
import { createNotifier } from './notifier';
import { listItems, requireRow, type OutboxContext } from './outbox-context';
import { outboxRows } from './outbox-rows';
import { retryItem, sendAllNow } from './retry';
import { startScheduler, type RunningScheduler } from './scheduler';

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface OutboxOptions {
  readonly timeoutMs?: number;
  /** Requests in flight at once during a flush (each submission is still sent by one request). */
  readonly concurrency?: number;
  readonly random?: () => number;
}

export type OutboxModule = Core['outbox'] & {
  payloadHashFor(caseId: string): string | null;
  /** After a correction was recorded: a signed correction notice when the request already left. */
  afterAmend(caseId: string): Promise<OutboxItem | null>;
  /** Abort the request in flight, stop the scheduler, wait for the flush (core.close calls this first). */
  close(): Promise<void>;
};

export function createOutbox(ctx: CoreContext, options: OutboxOptions = {}): OutboxModule {
  let scheduler: RunningScheduler | null = null;
  const o: OutboxContext = {
    core: ctx,
    rows: outboxRows(ctx.db),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    concurrency: Math.max(1, options.concurrency ?? 4),
    random: options.random ?? Math.random,
    changed: () => notifier.changed(),
    arm: () => scheduler?.arm(),
  };
  const notifier = createNotifier(() => listItems(o));
  const flusher = createFlusher(o);
  const idArg = (id: string): string => parseArguments({ id: idSchema }, { id }).id;

  return {
    enqueue: (caseId, opts) => enqueueRequest(o, caseId, opts),
    flush: () => flusher.flush(),
    list: async () => listItems(o),
    retry: (id, opts) => retryItem(o, id, opts),
    mailFormText: async (id) => itemText(requireRow(o, idArg(id))),
    mailFormLink: async (id) => {
      const row = requireRow(o, idArg(id));
      return mailFormLink(ctx.getSettings(), row, o.rows.requestOf(row.case_id));
    },
    markHandedOver: (id, opts) => markHandedOver(o, id, opts),
    undoHandOver: (id, opts) => undoHandOver(o, id, opts),
    queueAwaiting: (ids, opts) => queueAwaiting(o, ids, opts),
    sendAllNow: (opts) => sendAllNow(o, flusher, opts),
    afterAmend: (caseId) => recordCorrectionNotice(o, caseId),

    startScheduler() {
      scheduler ??= startScheduler({
        flush: () => flusher.flush(),
        abort: () => flusher.abort(),
        now: () => ctx.now().getTime(),
        nextDue: () => {
          if (!checkEndpoint(ctx.getSettings().endpointUrl).ok) return o.rows.pending().length > 0 ? 'no-endpoint' : null;
          return o.rows.nextDue();
        },
      }, () => {
        scheduler = null;
      });
      return scheduler;
    },

    onChange: (listener) => notifier.subscribe(listener),

    async testConnection(urlArg) {
      const { url } = parseArguments({ url: z.string().max(2000) }, { url: urlArg });
      return testConnection(ctx.fetch, url);
    },

    payloadHashFor: (caseId) => o.rows.requestOf(caseId)?.payload_sha256 ?? null,

    async close() {
      flusher.abort(); // a desk that never answers must not hold the quit
      await scheduler?.stop();
      await flusher.idle();
      notifier.close();
    },
  };
}
