// The reference desk receiver (SPEC §4): a small Node HTTP server that accepts signed submissions
// and correction notices, for tests, the browser preview (--desk) and local demos. It listens on
// loopback only. Every input is bounded: header time, request time, connections,
// body size, and how much of a refused body is drained. See receiver-post.ts for one POST.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_TYPE } from '../../src-shared/protocol';
import { openDeskStore, type DeskStore, type DeskStoreOptions } from './desk-store';
import { createFaults, type FaultKind, type Faults } from './faults';
import { isUuid } from '../../src-shared/formats';
import { handlePost, type PostContext, type Reply } from './receiver-post';
import { registrySource } from './registry-source';

export interface ReceiverOptions {
  /** A registry file (re-read when it changes) or the registry itself ({ keys: [...] }). */
  readonly keys: string | { readonly keys: readonly unknown[] };
  readonly dataDir: string;
  readonly port?: number;
  readonly host?: '127.0.0.1';
  /** Largest accepted body in bytes (default 64 KiB); larger → 413. */
  readonly bodyLimit?: number;
  /** Bytes of a refused body drained after the 413 before the connection is cut (default 1 MiB). */
  readonly drainLimit?: number;
  /** Time for the request headers to arrive, in ms (default 10 s); then 408 and close. */
  readonly headersTimeoutMs?: number;
  /** Time for a whole request, in ms (default 30 s). */
  readonly requestTimeoutMs?: number;
  /** Open connections at most (default 64); more are dropped at once. */
  readonly maxConnections?: number;
  /** Injectable directory fsync of the store (tests make it fail the way Windows does). */
  readonly fsyncDirectory?: DeskStoreOptions['fsyncDirectory'];
  /** The receiver's clock: its receipt time judges a retired or revoked key (default: the system clock). */
  readonly now?: () => Date;
  /** Days after a key's retirement during which what it signed before is still accepted (default 30). */
  readonly graceDays?: number;
  /** Called once per request with non-personal facts (for the CLI's log). */
  readonly onRequest?: (entry: { method: string; status: number; submissionId: string | null; code: string }) => void;
  /** Warnings: an untrusted registry entry, a skipped store file, a dropped connection (default: stderr). */
  readonly log?: (line: string) => void;
}

export interface ReceiverStats {
  readonly posts: number;
  readonly byStatus: Readonly<Record<number, number>>;
  /** Requests stored (correction notices are counted in `amendments`). */
  readonly stored: number;
  readonly amendments: number;
  /** Faults injected so far, by kind. */
  readonly faults: Readonly<Partial<Record<FaultKind, number>>>;
}

export interface Receiver {
  readonly url: string;
  readonly port: number;
  readonly faults: Faults;
  readonly store: DeskStore;
  readonly amendments: DeskStore;
  stats(): ReceiverStats;
  close(): Promise<void>;
}

function listen(server: http.Server, options: ReceiverOptions): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startReceiver(options: ReceiverOptions): Promise<Receiver> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const storeOptions = { fsyncDirectory: options.fsyncDirectory, log };
  const stores = { request: openDeskStore(options.dataDir, storeOptions), amendment: openDeskStore(options.dataDir, { ...storeOptions, folder: 'amendments' }) };
  const faults = createFaults();
  const byStatus: Record<number, number> = {};
  const injected: Partial<Record<FaultKind, number>> = {};
  let posts = 0;
  const ctx: PostContext = {
    limit: options.bodyLimit ?? 64 * 1024,
    drain: { bytes: options.drainLimit ?? 1024 * 1024, ms: 10_000 },
    stores,
    registry: registrySource(options.keys, log),
    now: options.now ?? (() => new Date()),
    graceDays: options.graceDays,
    faults,
    inFlight: new Set(),
    countFault: (kind) => { injected[kind] = (injected[kind] ?? 0) + 1; },
    onReset: (key) => {
      byStatus[0] = (byStatus[0] ?? 0) + 1;
      options.onRequest?.({ method: 'POST', status: 0, submissionId: key, code: 'fault-reset' });
    },
  };

  const server = http.createServer({
    headersTimeout: options.headersTimeoutMs ?? 10_000,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    // How often Node checks those two timeouts; its default (30 s) would let a slow client hold on far longer.
    connectionsCheckingInterval: Math.min(1_000, options.headersTimeoutMs ?? 10_000),
  }, (req, res) => {
    const header = req.headers['idempotency-key'];
    const submissionId = typeof header === 'string' && isUuid(header) ? header : null;
    const reply: Reply = (status, code, body, headers = {}) => {
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
    posts++;
    handlePost(req, res, ctx, reply).catch(() => {
      if (!res.headersSent) reply(500, 'internal', { error: 'internal' });
    });
  });
  server.keepAliveTimeout = 5_000;
  server.maxConnections = options.maxConnections ?? 64;
  server.on('drop', () => log(`desk receiver: connection refused, ${server.maxConnections} already open`));
  const port = await listen(server, options);
  return {
    url: `http://127.0.0.1:${port}/submissions`,
    port,
    faults,
    store: stores.request,
    amendments: stores.amendment,
    stats: () => ({ posts, byStatus: { ...byStatus }, stored: stores.request.count(), amendments: stores.amendment.count(), faults: { ...injected } }),
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
