// The loopback HTTP server behind `npm run preview`: static renderer files (with the same CSP as
// the Electron app, plus the bridge script), POST /api/<channel> → dispatch(), and an event
// stream. Only 127.0.0.1, only with the per-run token, only for this port's Host header.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CoreErrorData, Result } from '../../src-shared/core-api';
import { makeIssue } from '../../src-shared/domain';
import { contentTypeFor } from '../../src-main/http/content-types';
import { SECURITY_HEADERS } from '../../src-main/http/csp';
import { resolveRendererFile } from '../../src-main/http/renderer-files';
import { dispatch, isChannel } from '../../src-main/ipc/dispatch';
import type { ChannelHandlers } from '../../src-main/ipc/handlers';
import type { DeskControl } from './desk-control';
import type { EventHub } from './event-stream';
import { tokenMatches } from './token';

export const BRIDGE_PATH = '/preview-bridge.js';
const MAX_BODY = 1_000_000;
const LOOPBACK = new Set(['127.0.0.1', '::ffff:127.0.0.1']);

export interface PreviewServerOptions {
  readonly token: string;
  readonly handlers: ChannelHandlers;
  readonly events: EventHub;
  /** The Vite build of the renderer (contains index.html). */
  readonly rendererDir: string;
  /** The built bridge script (IIFE) served at /preview-bridge.js. */
  readonly bridgeFile: string;
  /** Current network:changed state, sent first on every new event stream. */
  readonly online: () => boolean;
  /** Preview-only control (simulate offline); not part of the app's API. */
  readonly setOnline: (online: boolean) => void;
  /** The in-process desk receiver (--desk), which tests may stop and start. */
  readonly desk?: DeskControl | null;
}

export interface PreviewServer {
  listen(port: number): Promise<number>;
  close(): Promise<void>;
  readonly server: Server;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function failure(code: string, ja: string, en: string, issues: CoreErrorData['issues'] = []): Result<never> {
  return { ok: false, error: { code, message: { ja, en }, issues } };
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Inject the bridge as the first script, so window.salvageDesk exists before the app runs. */
function withBridge(html: string): string {
  const tag = `<script src=".${BRIDGE_PATH}"></script>`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => `${m}${tag}`) : `${tag}${html}`;
}

const bool = (payload: unknown, key: string): boolean | null => {
  const value = (payload as Record<string, unknown> | null)?.[key];
  return typeof value === 'boolean' ? value : null;
};

/** What every request handler shares: the options and the port the server listens on. */
interface ServerContext {
  readonly options: PreviewServerOptions;
  readonly port: () => number;
}

/** An HTTP status and the JSON result to send with it. */
type Reply = readonly [number, Result<unknown>];

function allowedHosts(ctx: ServerContext): Set<string> {
  return new Set([`127.0.0.1:${ctx.port()}`, `localhost:${ctx.port()}`]);
}

/** The refusal for an API request that is not a same-origin JSON POST; null when it is one. */
function refuseRequest(ctx: ServerContext, req: IncomingMessage): Reply | null {
  if (req.method !== 'POST') return [405, failure('method', 'POST のみ使えます。', 'Only POST is allowed.')];
  // A cross-site page cannot send the token anyway, but refuse foreign origins outright.
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts(ctx).has(origin.replace(/^http:\/\//, ''))) {
    return [403, failure('forbidden', '別のサイトからの要求は受け付けません。', 'Requests from other sites are refused.')];
  }
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return [415, failure('validation', 'JSON で送信してください。', 'Send JSON.')];
  return null;
}

/** The request's JSON body (an empty body is `{}`), or the refusal for a too large or malformed one. */
async function readPayload(req: IncomingMessage): Promise<{ readonly payload: unknown } | Reply> {
  const text = await readBody(req);
  if (text === null) return [413, failure('validation', '送信内容が大きすぎます。', 'The request is too large.')];
  try {
    return { payload: text === '' ? {} : JSON.parse(text) };
  } catch {
    return [400, failure('validation', '送信内容が JSON ではありません。', 'The request is not valid JSON.', [makeIssue('', 'input.invalid')])];
  }
}

/** Preview-only controls for end-to-end tests (not part of the app's IPC contract). */
async function previewControl(options: PreviewServerOptions, name: string, payload: unknown): Promise<Result<unknown>> {
  const status = () => ({ online: options.online(), desk: options.desk ? { running: options.desk.running, url: options.desk.url } : null });
  switch (name) {
    case 'preview:status':
      return { ok: true, value: status() };
    case 'preview:network': {
      const online = bool(payload, 'online');
      if (online === null) return failure('validation', 'online は true か false です。', 'online must be true or false.', [makeIssue('online', 'input.invalid')]);
      options.setOnline(online);
      return { ok: true, value: status() };
    }
    case 'preview:desk': {
      const running = bool(payload, 'running');
      if (running === null) return failure('validation', 'running は true か false です。', 'running must be true or false.', [makeIssue('running', 'input.invalid')]);
      if (!options.desk) return failure('not-found', '--desk なしで起動しています。', 'The preview was started without --desk.');
      await (running ? options.desk.start() : options.desk.stop());
      return { ok: true, value: status() };
    }
    default:
      return failure('unknown-channel', '不明な操作です。', 'Unknown operation.');
  }
}

/** A parsed payload to the preview controls or to the app's channel handlers. */
async function route(options: PreviewServerOptions, name: string, payload: unknown): Promise<Reply> {
  if (name.startsWith('preview:')) return [200, await previewControl(options, name, payload)];
  if (!isChannel(name)) return [404, failure('unknown-channel', '不明な操作です。', 'Unknown operation.')];
  return [200, await dispatch(options.handlers, name, payload)];
}

async function handleApi(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
  const { options } = ctx;
  if (!tokenMatches(options.token, req.headers.authorization)) {
    sendJson(res, 401, failure('unauthorized', 'プレビューのトークンがありません。表示された URL を開き直してください。', 'Missing preview token. Open the printed URL again.'));
    return;
  }
  if (name === 'events' && req.method === 'GET') {
    if (!options.events.attach(res, [['network:changed', { online: options.online() }]])) sendJson(res, 503, failure('busy', '接続が多すぎます。', 'Too many open streams.'));
    return;
  }
  const refused = refuseRequest(ctx, req);
  const body = refused ?? (await readPayload(req));
  const [status, result] = 'payload' in body ? await route(options, name, body.payload) : body;
  sendJson(res, status, result);
}

/**
 * Vite names every built asset after its content (assets/index-<hash>.js, fonts, CSS): a name
 * never changes meaning, so the browser may keep it, as the app reads its files from disk. Without
 * this every page load fetched the JS and 1.8 MB of fonts again and compiled the JS afresh (V8 keeps
 * compiled code only for cached scripts). The page itself and the bridge stay no-store.
 */
const IMMUTABLE = { 'Cache-Control': 'public, max-age=31536000, immutable' };
const hashedAsset = (pathname: string): boolean => /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(pathname);

async function handleStatic(options: PreviewServerOptions, res: ServerResponse, pathname: string): Promise<void> {
  if (pathname === BRIDGE_PATH) {
    send(res, 200, await readFile(options.bridgeFile), contentTypeFor(options.bridgeFile));
    return;
  }
  const file = await resolveRendererFile(options.rendererDir, pathname);
  if (!file) {
    send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    return;
  }
  const body = await readFile(file);
  if (file.endsWith('index.html')) send(res, 200, withBridge(body.toString('utf8')), contentTypeFor(file));
  else send(res, 200, body, contentTypeFor(file), hashedAsset(pathname) ? IMMUTABLE : {});
}

async function handleRequest(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // Loopback only, and only our own Host (defeats DNS rebinding from a web page).
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '') || !allowedHosts(ctx).has(req.headers.host ?? '')) {
    send(res, 403, 'Forbidden', 'text/plain; charset=utf-8');
    return;
  }
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  const api = /^\/api\/([a-z:-]{1,64})$/.exec(pathname);
  if (api?.[1]) await handleApi(ctx, req, res, api[1]);
  else if (req.method === 'GET' || req.method === 'HEAD') await handleStatic(ctx.options, res, pathname);
  else send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
}

export function createPreviewServer(options: PreviewServerOptions): PreviewServer {
  let port = 0;
  const ctx: ServerContext = { options, port: () => port };
  const server = createServer((req, res) => {
    handleRequest(ctx, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain; charset=utf-8');
      else res.end();
    });
  });

  return {
    server,
    listen: (wanted) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(wanted, '127.0.0.1', () => {
          port = (server.address() as AddressInfo).port;
          resolve(port);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        options.events.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
