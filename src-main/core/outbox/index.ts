// core.outbox: signed submissions on the installation's delivery channel (SPEC §3, §4), exactly
// once. This file only wires the parts: the items the cases' events create (a request at finalize,
// a notice at each correction, in the same transaction), the transitions (claim/apply an outcome,
// retry, hand over), the flush and its worker pool, the change notifier and the scheduler, over
// one shared OutboxContext.
import { z } from 'zod';
import { assertNever } from '../../../src-shared/assert-never';
import type { CoreContext } from '../context';
import type { Core } from '../core-types';
import { idSchema, parseArguments } from '../cases/arguments';
import { testConnection } from './connection-test';
import type { CaseEvent } from '../cases/case-events';
import type { SigningKey } from '../keys';
import { addCorrectionNotice } from './correction-notice';
import { checkUsableEndpoint } from './endpoint';
import { createFormIdLearner } from './form-id-learner';
import { resolveMailFormDestination, usableMailFormUrl } from '../../../src-shared/protocol/mail-form-destination';
import { enqueueRequest } from './enqueue';
import { createFlusher } from './flush';
import { markHandedOver, queueAwaiting, undoHandOver } from './hand-over';
import { itemText, mailFormLink } from './mail-form-link';
import { createNotifier } from './notifier';
import { liveDestination, MAIL_FORM_ACTION, openMailForm } from './open-mail-form';
import { listItems, requireLiveRow, type OutboxContext } from './outbox-context';
import { outboxRows } from './outbox-rows';
import { addRequestItem, signUnsignedItems } from './request-item';
import { retryItem, sendAllNow } from './retry';
import { startScheduler, type RunningScheduler } from './scheduler';

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface OutboxOptions {
  /** The department's current key (core.keys), held in memory: items are signed inside transactions. */
  readonly signingKey: () => SigningKey;
  readonly timeoutMs?: number;
  /** Requests in flight at once during a flush (each submission is still sent by one request). */
  readonly concurrency?: number;
  readonly random?: () => number;
}

export type OutboxModule = Core['outbox'] & {
  payloadHashFor(caseId: string): string | null;
  /** Abort the request in flight, stop the scheduler, wait for the flush (core.close calls this first). */
  close(): Promise<void>;
};

/** A case event's item, written inside the event's transaction. */
function onCaseEvent(o: OutboxContext, event: CaseEvent): void {
  switch (event.type) {
    case 'finalized':
      addRequestItem(o, event.caseId, event.operator);
      break;
    case 'amended':
      addCorrectionNotice(o, event.caseId, event.amendment);
      break;
    default:
      assertNever(event, 'case event');
  }
  o.changed();
  o.arm();
}

export function createOutbox(ctx: CoreContext, options: OutboxOptions): OutboxModule {
  let scheduler: RunningScheduler | null = null;
  const o: OutboxContext = {
    core: ctx,
    rows: outboxRows(ctx.db),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    concurrency: Math.max(1, options.concurrency ?? 4),
    random: options.random ?? Math.random,
    signingKey: options.signingKey,
    changed: () => notifier.changed(),
    arm: () => scheduler?.arm(),
  };
  const notifier = createNotifier(() => listItems(o));
  const flusher = createFlusher(o);
  const idArg = (id: string): string => parseArguments({ id: idSchema }, { id }).id;
  const stopListening = ctx.caseEvents.on((event) => onCaseEvent(o, event));
  signUnsignedItems(o);
  const learner = createFormIdLearner(ctx.fetch);
  /** Where the mail form opens now: the form id is learned only when a template waits for it. */
  const mailFormDestination = async () => {
    const settings = ctx.getSettings();
    const formId = settings.mailFormPrefillTemplate ? await learner.formIdOf(usableMailFormUrl(settings)) : null;
    return resolveMailFormDestination(settings, formId);
  };

  return {
    enqueue: (caseId, opts) => enqueueRequest(o, caseId, opts),
    flush: () => flusher.flush(),
    list: async () => listItems(o),
    retry: (id, opts) => retryItem(o, id, opts),
    mailFormText: async (id) => itemText(requireLiveRow(o, idArg(id), MAIL_FORM_ACTION)),
    mailFormDestination,
    mailFormLink: async (id) => {
      const { dest, row } = await liveDestination(o, idArg(id), mailFormDestination);
      return mailFormLink(dest, row, o.rows.requestOf(row.case_id));
    },
    openMailForm: (id, opts, desktop) => openMailForm(o, id, opts, desktop, mailFormDestination),
    markHandedOver: (id, opts) => markHandedOver(o, id, opts),
    undoHandOver: (id, opts) => undoHandOver(o, id, opts),
    queueAwaiting: (ids, opts) => queueAwaiting(o, ids, opts),
    sendAllNow: (opts) => sendAllNow(o, flusher, opts),

    startScheduler() {
      scheduler ??= startScheduler({
        flush: () => flusher.flush(),
        abort: () => flusher.abort(),
        now: () => ctx.now().getTime(),
        nextDue: () => {
          if (!checkUsableEndpoint(ctx.getSettings()).ok) return o.rows.pending().length > 0 ? 'no-endpoint' : null;
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
      stopListening();
      flusher.abort(); // a desk that never answers must not hold the quit
      await scheduler?.stop();
      await flusher.idle();
      notifier.close();
    },
  };
}
