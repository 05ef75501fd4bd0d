// The reference desk receiver (SPEC §4): a small Node HTTP server that accepts signed submissions,
// for tests, the browser preview (--desk) and local demos. It listens on loopback only.
// Order of checks: size → content type → Idempotency-Key → injected 503 → in-flight duplicate
// (409) → replay (200 same receipt / 422 different bytes) → JWS and payload → durable store → 201.
// Injected after-store faults (500, reset, delay) replace the 201 or the 200 of a replay.
import { statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JSONWebKeySet } from 'jose';
import { CONTENT_TYPE } from '../../src-shared/protocol';
import { openDeskStore, sha256Hex, type DeskStore } from './desk-store';
import { createFaults, type FaultKind, type Faults } from './faults';
import { readJwksFile } from './jwks-file';
import { verifySubmission, type VerifyFailureCode } from './verify-submission';

export interface ReceiverOptions {
  /** A JWKS file (re-read when it changes) or the key set itself. */
  readonly keys: string | JSONWebKeySet;
  readonly dataDir: string;
  readonly port?: number;
  readonly host?: '127.0.0.1';
  /** Largest accepted body in bytes (default 64 KiB); larger → 413. */
  readonly bodyLimit?: number;
  /** Called once per request with non-personal facts (for the CLI's log). */
  readonly onRequest?: (entry: { method: string; status: number; submissionId: string | null; code: string }) => void;
}

export interface ReceiverStats {
  readonly posts: number;
  readonly byStatus: Readonly<Record<number, number>>;
  readonly stored: number;
  /** Faults injected so far, by kind. */
  readonly faults: Readonly<Partial<Record<FaultKind, number>>>;
}

export interface Receiver {
  readonly url: string;
  readonly port: number;
  readonly faults: Faults;
  readonly store: DeskStore;
  stats(): ReceiverStats;
  close(): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const statusFor: Record<VerifyFailureCode, number> = {
  malformed: 400, 'wrong-typ': 400, 'payload-invalid': 400, 'wrong-alg': 401, 'unknown-kid': 401, 'bad-signature': 401, 'wrong-department': 401,
};

class BodyTooLarge extends Error {}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume(); // keep draining so the 413 can be written
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function keySource(keys: string | JSONWebKeySet): () => JSONWebKeySet {
  if (typeof keys !== 'string') return () => keys;
  let mtime = -1;
  let current: JSONWebKeySet = { keys: [] };
  return () => {
    const m = statSync(keys).mtimeMs;
    if (m !== mtime) {
      try {
        current = readJwksFile(keys);
        mtime = m;
      } catch (e) {
        // Half-written by an editor: keep serving the last good set and read it again next time.
        if (mtime === -1) throw e;
      }
    }
    return current;
  };
}

export async function startReceiver(options: ReceiverOptions): Promise<Receiver> {
  const store = openDeskStore(options.dataDir);
  const faults = createFaults();
  const jwks = keySource(options.keys);
  jwks(); // fail at start, not at the first request, when the key file is unreadable
  const limit = options.bodyLimit ?? 64 * 1024;
  const inFlight = new Set<string>();
  const byStatus: Record<number, number> = {};
  let posts = 0;
  const injected: Partial<Record<FaultKind, number>> = {};

  async function handlePost(req: http.IncomingMessage, res: http.ServerResponse, reply: (status: number, code: string, body: object, headers?: Record<string, string>) => void): Promise<void> {
    posts++;
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) return reply(413, 'too-large', { error: 'too-large', message: { ja: `本文が大きすぎます(上限 ${limit} バイト)。`, en: `The body is too large (limit ${limit} bytes).` } }, { connection: 'close' });
    let body: Buffer;
    try {
      body = await readBody(req, limit);
    } catch (e) {
      if (e instanceof BodyTooLarge) return reply(413, 'too-large', { error: 'too-large', message: { ja: `本文が大きすぎます(上限 ${limit} バイト)。`, en: `The body is too large (limit ${limit} bytes).` } }, { connection: 'close' });
      throw e;
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== CONTENT_TYPE) return reply(400, 'content-type', { error: 'malformed', message: { ja: `Content-Type は ${CONTENT_TYPE} にしてください。`, en: `Content-Type must be ${CONTENT_TYPE}.` } });
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !UUID.test(key)) return reply(400, 'idempotency-key', { error: 'malformed', message: { ja: 'Idempotency-Key(申請ID)がないか、形式が違います。', en: 'The Idempotency-Key (submission id) is missing or malformed.' } });
    const fault = faults.take();
    // Counted where a fault takes effect: a 409 or 422 answers without one.
    const count = (kind: FaultKind): void => {
      injected[kind] = (injected[kind] ?? 0) + 1;
    };
    if (fault === 'unavailable') {
      count(fault);
      return reply(503, 'fault-unavailable', { error: 'unavailable' }, { 'retry-after': String(faults.retryAfterSeconds) });
    }
    /** The success answer (201 new, 200 replay), unless an after-store fault replaces it. */
    const succeed = async (status: 200 | 201, receipt: { receiptId: string; receivedAt: string }): Promise<void> => {
      if (fault) count(fault);
      if (fault === 'error-after-store') return reply(500, 'fault-error-after-store', { error: 'internal' });
      if (fault === 'reset') {
        byStatus[0] = (byStatus[0] ?? 0) + 1;
        options.onRequest?.({ method: 'POST', status: 0, submissionId: key, code: 'fault-reset' });
        res.socket?.destroy();
        return;
      }
      if (fault === 'delay') await new Promise((r) => setTimeout(r, faults.delayMs));
      return reply(status, status === 201 ? 'created' : 'replay', receipt);
    };
    if (inFlight.has(key)) return reply(409, 'in-flight', { error: 'in-flight', message: { ja: '同じ申請を処理中です。しばらくして再送してください。', en: 'The same submission is still being processed; retry later.' } });
    const jws = body.toString('utf8').trim();
    inFlight.add(key);
    try {
      const existing = store.get(key);
      if (existing) {
        if (existing.jwsSha256 === sha256Hex(jws)) return await succeed(200, { receiptId: existing.receiptId, receivedAt: existing.receivedAt });
        return reply(422, 'key-reused', { error: 'key-reused', message: { ja: 'この申請IDは別の内容で受け付け済みです。', en: 'This submission id was already used with different content.' } });
      }
      const result = await verifySubmission(jws, jwks());
      if (!result.ok) return reply(statusFor[result.code], result.code, { error: result.code, message: result.message, details: result.details });
      if (result.payload.submissionId !== key) return reply(400, 'key-mismatch', { error: 'malformed', message: { ja: 'Idempotency-Key と申請IDが一致しません。', en: 'The Idempotency-Key does not match the payload submissionId.' } });
      const stored = store.put(key, result.header.kid, jws, new Date().toISOString());
      return await succeed(201, { receiptId: stored.receiptId, receivedAt: stored.receivedAt });
    } finally {
      inFlight.delete(key);
    }
  }

  const server = http.createServer((req, res) => {
    const submissionId = typeof req.headers['idempotency-key'] === 'string' && UUID.test(req.headers['idempotency-key']) ? req.headers['idempotency-key'] : null;
    const reply = (status: number, code: string, body: object, headers: Record<string, string> = {}): void => {
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      options.onRequest?.({ method: req.method ?? '?', status, submissionId, code });
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'OPTIONS') {
      req.resume();
      res.writeHead(204, { allow: 'POST, OPTIONS', 'accept-post': CONTENT_TYPE });
      res.end();
      return;
    }
    if (req.method !== 'POST') {
      req.resume();
      return reply(405, 'method', { error: 'method-not-allowed' }, { allow: 'POST, OPTIONS' });
    }
    handlePost(req, res, reply).catch(() => {
      if (!res.headersSent) reply(500, 'internal', { error: 'internal' });
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/submissions`,
    port,
    faults,
    store,
    stats: () => ({ posts, byStatus: { ...byStatus }, stored: store.count(), faults: { ...injected } }),
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
