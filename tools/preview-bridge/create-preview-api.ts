// The browser preview's stand-in for the preload: the same `SalvageDeskApi` object, built from
// the same contract, but each method POSTs to the loopback preview server with the per-run token.
// Events arrive over one fetch-read Server-Sent-Events stream (a header carries the token; an
// EventSource could only put it in the URL).
import type { Result } from '../../src-shared/core-api';
import {
  channels, eventMethodNames, methodNames, type EventName, type EventPayloads, type SalvageDeskApi,
} from '../../src-shared/ipc-contract';

export interface PreviewApiOptions {
  readonly baseUrl: string;
  readonly token: string;
  readonly fetch?: typeof fetch;
  /** Delay before reconnecting a dropped event stream (ms); grows to 10 s. */
  readonly reconnectMs?: number;
}

const unreachable: Result<never> = {
  ok: false,
  error: {
    code: 'preview-unreachable',
    message: {
      ja: 'プレビューサーバーに接続できません。npm run preview が動いているか確認してください。',
      en: 'Cannot reach the preview server. Check that npm run preview is still running.',
    },
    issues: [],
  },
};

type Listener = (payload: unknown) => void;

/** What the calls and the event stream share: the transport and the subscribers. */
interface Bridge {
  readonly doFetch: typeof fetch;
  readonly headers: { readonly Authorization: string };
  readonly url: (name: string) => string;
  readonly reconnectMs: number;
  readonly listeners: Map<EventName, Set<Listener>>;
  // Both events carry a whole state (the online flag, the full outbox), so a listener that
  // subscribes late gets the latest one at once instead of waiting for the next change.
  readonly latest: Map<EventName, unknown>;
  stream: AbortController | null;
}

function createBridge(options: PreviewApiOptions): Bridge {
  return {
    doFetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    headers: { Authorization: `Bearer ${options.token}` },
    url: (name) => new URL(`api/${name}`, options.baseUrl).toString(),
    reconnectMs: options.reconnectMs ?? 500,
    listeners: new Map(),
    latest: new Map(),
    stream: null,
  };
}

async function call(bridge: Bridge, channel: string, request: unknown): Promise<Result<unknown>> {
  try {
    const res = await bridge.doFetch(bridge.url(channel), {
      method: 'POST',
      headers: { ...bridge.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(request ?? {}),
    });
    return (await res.json()) as Result<unknown>;
  } catch {
    return unreachable;
  }
}

/** One Server-Sent-Events block (`event:` and `data:` lines) to its listeners. */
function deliver(bridge: Bridge, block: string): void {
  let event = '';
  let data = '';
  for (const line of block.split('\n')) {
    if (line.startsWith('event: ')) event = line.slice(7);
    else if (line.startsWith('data: ')) data += line.slice(6);
  }
  if (!event || !data) return;
  const payload: unknown = JSON.parse(data);
  bridge.latest.set(event as EventName, payload);
  bridge.listeners.get(event as EventName)?.forEach((l) => l(payload));
}

/** Read the stream until it ends, delivering each blank-line-terminated block. */
async function pump(bridge: Bridge, body: NonNullable<Response['body']>): Promise<void> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      deliver(bridge, buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
    }
  }
}

async function readStream(bridge: Bridge, controller: AbortController, delay: number): Promise<void> {
  try {
    const res = await bridge.doFetch(bridge.url('events'), { headers: bridge.headers, signal: controller.signal });
    if (!res.ok || !res.body) throw new Error(`event stream: ${res.status}`);
    delay = bridge.reconnectMs;
    await pump(bridge, res.body);
  } catch {
    // dropped or refused: reconnect below unless unsubscribed
  }
  if (bridge.stream === controller && !controller.signal.aborted) {
    setTimeout(() => {
      if (bridge.stream === controller) void readStream(bridge, controller, Math.min(delay * 2, 10_000));
    }, delay);
  }
}

function subscriberCount(bridge: Bridge): number {
  return [...bridge.listeners.values()].reduce((n, s) => n + s.size, 0);
}

function subscribe(bridge: Bridge, event: EventName, listener: Listener): () => void {
  const set = bridge.listeners.get(event) ?? new Set<Listener>();
  bridge.listeners.set(event, set);
  const wrapped: Listener = (p) => listener(p);
  set.add(wrapped);
  if (bridge.latest.has(event)) {
    const payload = bridge.latest.get(event);
    queueMicrotask(() => {
      if (set.has(wrapped)) wrapped(payload);
    });
  }
  if (!bridge.stream) {
    bridge.stream = new AbortController();
    void readStream(bridge, bridge.stream, bridge.reconnectMs);
  }
  return () => {
    set.delete(wrapped);
    if (subscriberCount(bridge) === 0 && bridge.stream) {
      bridge.stream.abort();
      bridge.stream = null;
      bridge.latest.clear(); // no stream: what we knew may go stale
    }
  };
}

export function createPreviewApi(options: PreviewApiOptions): SalvageDeskApi {
  const bridge = createBridge(options);
  const api: Record<string, unknown> = {};
  for (const channel of channels) api[methodNames[channel]] = (request: unknown) => call(bridge, channel, request);
  for (const event of Object.keys(eventMethodNames) as EventName[]) {
    api[eventMethodNames[event]] = (listener: (payload: EventPayloads[typeof event]) => void) => subscribe(bridge, event, listener as Listener);
  }
  return Object.freeze(api) as unknown as SalvageDeskApi;
}
