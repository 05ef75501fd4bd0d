// One POST of an item's stored bytes (SPEC §4): Idempotency-Key = the item's id (submission id
// or amendment id), redirects never followed, a timeout per request, and the flush's stop signal,
// so quitting aborts a request to a desk that never answers.
import { CONTENT_TYPE } from '../../../src-shared/protocol';
import { outcomeOf, outcomeOfError, type Outcome } from './http-outcome';
import type { OutboxContext } from './outbox-context';
import type { OutboxRow } from './outbox-rows';

/** The outcome, or 'aborted' when `stop` fired first (the item stays due, with the same bytes). */
export async function sendOne(o: OutboxContext, row: OutboxRow, url: URL, stop: AbortSignal): Promise<Outcome | 'aborted'> {
  try {
    const res = await o.core.fetch(url, {
      method: 'POST',
      headers: { 'content-type': CONTENT_TYPE, 'idempotency-key': row.id, accept: 'application/json' },
      body: row.jws,
      redirect: 'manual',
      signal: AbortSignal.any([stop, AbortSignal.timeout(o.timeoutMs)]),
    });
    return await outcomeOf(res, o.core.now());
  } catch (e) {
    if (stop.aborted) return 'aborted';
    return outcomeOfError(e, o.timeoutMs);
  }
}
