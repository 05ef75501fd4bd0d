// One attempt's result, classified exactly as SPEC §4 says: delivered, retry (with an optional
// server-given delay), or permanent (needs attention). Redirects are never followed: the signed
// request goes to the configured endpoint or nowhere. A receipt body is read up to 64 KB and no
// further: a desk that streams more is not a v1 desk.
import { z } from 'zod';
import { retryAfterMs } from './backoff';
import { CORRECTION_REFUSALS, deliveryErrors, type DeliveryError } from './delivery-errors';

export const RECEIPT_BODY_LIMIT = 64 * 1024;

export type Outcome =
  | { readonly kind: 'delivered'; readonly receiptId: string; readonly receivedAt: string }
  | { readonly kind: 'retry'; readonly error: DeliveryError; readonly afterMs: number | null }
  | { readonly kind: 'permanent'; readonly error: DeliveryError };

const receiptSchema = z.object({ receiptId: z.string().min(1).max(200), receivedAt: z.string().min(1).max(100) });

/** The body as text, or null when it is longer than `limit` bytes (the rest is never read). */
export async function readBounded(res: Response, limit = RECEIPT_BODY_LIMIT): Promise<string | null> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

const parseJson = (text: string | null): unknown => {
  try {
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
};

export async function outcomeOf(res: Response, now: Date): Promise<Outcome> {
  const s = res.status;
  if (s === 200 || s === 201) {
    const parsed = receiptSchema.safeParse(parseJson(await readBounded(res)));
    return parsed.success
      ? { kind: 'delivered', receiptId: parsed.data.receiptId, receivedAt: parsed.data.receivedAt }
      : { kind: 'retry', error: deliveryErrors.badReceipt(s), afterMs: null };
  }
  if (s === 404 || s === 409) {
    // The desk names why it refused a correction notice; a 409 without such a name is "still in flight".
    const error = (parseJson(await readBounded(res)) as { error?: unknown } | null)?.error;
    const refusal = CORRECTION_REFUSALS.find((r) => r === error);
    if (refusal) return { kind: 'permanent', error: deliveryErrors.correctionRefused(refusal, s) };
    if (s === 409) return { kind: 'retry', error: deliveryErrors.inFlight(), afterMs: null };
    return { kind: 'permanent', error: deliveryErrors.refused(s) };
  }
  await res.body?.cancel().catch(() => undefined);
  if (s === 429 || s === 503) return { kind: 'retry', error: deliveryErrors.busy(s), afterMs: retryAfterMs(res.headers.get('retry-after'), now) };
  if (s === 408) return { kind: 'retry', error: deliveryErrors.serverError(s), afterMs: null };
  if (s >= 500) return { kind: 'retry', error: deliveryErrors.serverError(s), afterMs: null };
  if (s === 401) return { kind: 'permanent', error: deliveryErrors.unknownKey() };
  if (s === 422) return { kind: 'permanent', error: deliveryErrors.keyReused() };
  if (s === 413) return { kind: 'permanent', error: deliveryErrors.tooLarge() };
  if (s === 400) return { kind: 'permanent', error: deliveryErrors.malformed(s) };
  // Other 2xx, 3xx (redirects are not followed) and other 4xx: the endpoint is not a v1 desk.
  return { kind: 'permanent', error: deliveryErrors.refused(s) };
}

export function outcomeOfError(e: unknown, timeoutMs: number): Outcome {
  const name = (e as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return { kind: 'retry', error: deliveryErrors.timeout(Math.round(timeoutMs / 1000)), afterMs: null };
  }
  return { kind: 'retry', error: deliveryErrors.network(), afterMs: null };
}
