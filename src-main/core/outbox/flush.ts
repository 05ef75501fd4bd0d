// The flush: one pass over the due endpoint items with a small pool of workers, at most one pass
// at a time (a flush asked for during a pass runs once more afterwards). Items are claimed and
// outcomes recorded in group commits; stop() aborts the requests in flight and ends the pass
// between items, leaving unsent items due again with the same bytes.
import type { OutboxItem } from '../../../src-shared/core-api';
import { applyOutcome, claim, sendable } from './apply-outcome';
import { deliveryErrors } from './delivery-errors';
import { destinationLabel } from '../../../src-shared/protocol/mail-form-destination';
import { checkUsableEndpoint } from './endpoint';
import { groupRecorder } from './group-recorder';
import { listItems, nowIso, type OutboxContext } from './outbox-context';
import { sendOne } from './send-one';

/** Items claimed or recorded per database commit during a flush. */
const GROUP_COMMIT = 16;

export interface Flusher {
  flush(): Promise<OutboxItem[]>;
  /** Abort the requests in flight and end the running pass; later flushes run normally. */
  abort(): void;
  /** Resolves when no pass is running. */
  idle(): Promise<void>;
}

/** No valid endpoint: every pending endpoint item says why it waits (once, not at every pass). */
function noteNoEndpoint(o: OutboxContext, reason: 'missing' | 'invalid' | 'insecure' | 'unconfirmed'): void {
  const endpoint = o.core.getSettings().endpointUrl ?? '';
  const error = reason === 'missing' ? deliveryErrors.noEndpoint()
    : reason === 'unconfirmed' ? deliveryErrors.endpointUnconfirmed(destinationLabel(endpoint))
      : deliveryErrors.endpointInvalid(reason);
  const at = nowIso(o);
  o.core.db.transaction(() => {
    for (const r of o.rows.pending()) {
      if (r.last_error === null || (JSON.parse(r.last_error) as { code: string }).code !== error.code) o.rows.note(r.id, error, at);
    }
  })();
  o.changed();
}

/** One pass; resolves true when an item asked to be tried again at once (retry pressed in flight). */
async function pass(o: OutboxContext, stop: AbortSignal): Promise<boolean> {
  const check = checkUsableEndpoint(o.core.getSettings());
  if (!check.ok) {
    noteNoEndpoint(o, check.reason);
    return false;
  }
  // One snapshot per pass: an item is tried at most once per pass, however fast it fails.
  const due = o.rows.due(o.core.now().getTime(), 100_000);
  let again = false;
  let claimed = 0;
  const claimUpTo = (i: number): void => {
    if (i < claimed) return;
    const end = Math.min(due.length, claimed + GROUP_COMMIT);
    claim(o, due.slice(claimed, end));
    claimed = end;
    o.changed();
  };
  // Group commit: each commit is an fsync (synchronous = FULL), so batching is what keeps a drain
  // close to the network's speed; a crash only ever leaves items 'sending' (due again).
  const recorder = groupRecorder((batch) => {
    o.core.db.transaction(() => {
      for (const a of batch) {
        try {
          if (o.core.db.transaction(() => applyOutcome(o, a))()) again = true; // a savepoint per item
        } catch {
          // left 'sending': due again at the next flush, with the same bytes
        }
      }
    })();
    o.changed();
  });
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < due.length && !stop.aborted) {
      const i = next++;
      claimUpTo(i);
      // Read again now: a purge since the snapshot (or the claim) erased its bytes and made it final.
      const row = sendable(o, due[i]!.id);
      if (!row) continue;
      const outcome = await sendOne(o, row, check.url, stop);
      if (outcome !== 'aborted') recorder.add({ row, attempts: row.attempts, outcome }); // counted by its claim
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(o.concurrency, due.length) }, worker));
  } finally {
    recorder.drain();
  }
  return again && !stop.aborted;
}

export function createFlusher(o: OutboxContext): Flusher {
  let running: Promise<void> | null = null;
  let again = false;
  let controller = new AbortController();
  const flush = async (): Promise<OutboxItem[]> => {
    if (running) {
      again = true;
      await running;
      return listItems(o);
    }
    const stop = controller.signal;
    running = (async () => {
      do {
        again = false;
        if (await pass(o, stop)) again = true;
      } while (again && !stop.aborted);
    })().finally(() => {
      running = null;
    });
    await running;
    return listItems(o);
  };
  return {
    flush,
    abort() {
      controller.abort();
      controller = new AbortController();
    },
    idle: async () => {
      await running?.catch(() => undefined);
    },
  };
}
