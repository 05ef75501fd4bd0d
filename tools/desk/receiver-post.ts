// One POST to the reference receiver (SPEC §4). Order of checks: size → content type →
// Idempotency-Key → injected 503 → in-flight duplicate (409) → replay (200 same receipt / 422
// different bytes) → the shared verification (request or correction notice, judged at this
// receipt time) → for a notice: the request held, same department, old value current (404/409)
// → durable store → 201.
// Injected after-store faults (500, reset, delay) replace the 201 or the 200 of a replay.
import type http from 'node:http';
import { isUuid } from '../../src-shared/formats';
import { CONTENT_TYPE } from '../../src-shared/protocol';
import { verifySubmission, type Registry, type VerifyFailureCode } from '../../src-shared/protocol/verify';
import { checkAmendment } from './amendment-check';
import { sha256Hex, type DeskStore } from './desk-store';
import type { FaultKind, Faults } from './faults';
import { BodyTooLarge, drainThenClose, readBody, type DrainLimits } from './receiver-body';

export type Reply = (status: number, code: string, body: object, headers?: Record<string, string>) => void;

export interface PostContext {
  readonly limit: number;
  readonly drain: DrainLimits;
  readonly stores: { readonly request: DeskStore; readonly amendment: DeskStore };
  readonly registry: () => Registry;
  /** The receipt time of a POST: what a retired or revoked key is judged by. */
  readonly now: () => Date;
  readonly graceDays: number | undefined;
  readonly faults: Faults;
  readonly inFlight: Set<string>;
  readonly countFault: (kind: FaultKind) => void;
  readonly onReset: (key: string) => void;
}


const statusFor: Record<VerifyFailureCode, number> = {
  malformed: 400, 'wrong-typ': 400, 'payload-invalid': 400, 'text-mismatch': 400,
  'wrong-alg': 401, 'unknown-kid': 401, 'bad-signature': 401, 'wrong-department': 401, 'retired-key': 401, 'revoked-key': 401, 'registry-invalid': 401, 'no-registry': 401,
};

function tooLarge(req: http.IncomingMessage, ctx: PostContext, reply: Reply): void {
  reply(413, 'too-large', { error: 'too-large', message: { ja: `本文が大きすぎます(上限 ${ctx.limit} バイト)。`, en: `The body is too large (limit ${ctx.limit} bytes).` } });
  drainThenClose(req, ctx.drain);
}

/** The body, or null when a 413 has been sent. */
async function boundedBody(req: http.IncomingMessage, ctx: PostContext, reply: Reply): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? '0') > ctx.limit) {
    tooLarge(req, ctx, reply);
    return null;
  }
  try {
    return await readBody(req, ctx.limit);
  } catch (e) {
    if (!(e instanceof BodyTooLarge)) throw e;
    tooLarge(req, ctx, reply);
    return null;
  }
}

async function verifyAndStore(jws: string, key: string, ctx: PostContext, reply: Reply, succeed: (status: 200 | 201, receipt: { receiptId: string; receivedAt: string }) => Promise<void>): Promise<void> {
  const existing = ctx.stores.request.get(key) ?? ctx.stores.amendment.get(key);
  if (existing) {
    if (existing.jwsSha256 === sha256Hex(jws)) return succeed(200, { receiptId: existing.receiptId, receivedAt: existing.receivedAt });
    return reply(422, 'key-reused', { error: 'key-reused', message: { ja: 'この申請IDは別の内容で受け付け済みです。', en: 'This submission id was already used with different content.' } });
  }
  const receivedAt = ctx.now();
  const result = await verifySubmission(jws, ctx.registry(), { receivedAt: receivedAt.getTime(), ...(ctx.graceDays === undefined ? {} : { graceDays: ctx.graceDays }) });
  if (!result.ok) return reply(statusFor[result.code], result.code, { error: result.code, message: result.message, details: result.details });
  // A correction notice's Idempotency-Key is its own id, not the id of the request it corrects.
  const id = result.kind === 'request' ? result.payload.submissionId : result.payload.amendmentId;
  if (id !== key) {
    return reply(400, 'key-mismatch', { error: 'malformed', message: { ja: 'Idempotency-Key と申請ID(訂正通知では訂正ID)が一致しません。', en: 'The Idempotency-Key does not match the payload submissionId (amendmentId for a correction notice).' } });
  }
  if (result.kind === 'amendment') {
    const refused = checkAmendment(result.payload, ctx.stores.request, ctx.stores.amendment);
    if (refused) return reply(refused.status, refused.code, { error: refused.code, message: refused.message });
  }
  const stored = ctx.stores[result.kind].put(key, result.header.kid, jws, receivedAt.toISOString());
  return succeed(201, { receiptId: stored.receiptId, receivedAt: stored.receivedAt });
}

export async function handlePost(req: http.IncomingMessage, res: http.ServerResponse, ctx: PostContext, reply: Reply): Promise<void> {
  const body = await boundedBody(req, ctx, reply);
  if (body === null) return;
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== CONTENT_TYPE) return reply(400, 'content-type', { error: 'malformed', message: { ja: `Content-Type は ${CONTENT_TYPE} にしてください。`, en: `Content-Type must be ${CONTENT_TYPE}.` } });
  const key = req.headers['idempotency-key'];
  if (typeof key !== 'string' || !isUuid(key)) return reply(400, 'idempotency-key', { error: 'malformed', message: { ja: 'Idempotency-Key(申請ID)がないか、形式が違います。', en: 'The Idempotency-Key (submission id) is missing or malformed.' } });
  const fault = ctx.faults.take();
  if (fault === 'unavailable') {
    ctx.countFault(fault);
    return reply(503, 'fault-unavailable', { error: 'unavailable' }, { 'retry-after': String(ctx.faults.retryAfterSeconds) });
  }
  /** The success answer (201 new, 200 replay), unless an after-store fault replaces it. Counted where a fault takes effect. */
  const succeed = async (status: 200 | 201, receipt: { receiptId: string; receivedAt: string }): Promise<void> => {
    if (fault) ctx.countFault(fault);
    if (fault === 'error-after-store') return reply(500, 'fault-error-after-store', { error: 'internal' });
    if (fault === 'reset') {
      ctx.onReset(key);
      res.socket?.destroy();
      return;
    }
    if (fault === 'delay') await new Promise((r) => setTimeout(r, ctx.faults.delayMs));
    return reply(status, status === 201 ? 'created' : 'replay', receipt);
  };
  if (ctx.inFlight.has(key)) return reply(409, 'in-flight', { error: 'in-flight', message: { ja: '同じ申請を処理中です。しばらくして再送してください。', en: 'The same submission is still being processed; retry later.' } });
  ctx.inFlight.add(key);
  try {
    await verifyAndStore(body.toString('utf8').trim(), key, ctx, reply, succeed);
  } finally {
    ctx.inFlight.delete(key);
  }
}
