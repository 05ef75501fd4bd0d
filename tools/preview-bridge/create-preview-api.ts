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

export function createPreviewApi(options: PreviewApiOptions): SalvageDeskApi {
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const headers = { Authorization: `Bearer ${options.token}` };
  const url = (name: string): string => new URL(`api/${name}`, options.baseUrl).toString();

  async function call(channel: string, request: unknown): Promise<Result<unknown>> {
    try {
      const res = await doFetch(url(channel), {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(request ?? {}),
      });
      return (await res.json()) as Result<unknown>;
    } catch {
      return unreachable;
    }
  }

  const listeners = new Map<EventName, Set<Listener>>();
  // Both events carry a whole state (the online flag, the full outbox), so a listener that
  // subscribes late gets the latest one at once instead of waiting for the next change.
  const latest = new Map<EventName, unknown>();
  let stream: AbortController | null = null;
  const total = (): number => [...listeners.values()].reduce((n, s) => n + s.size, 0);

  function deliver(block: string): void {
    let event = '';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (!event || !data) return;
    const payload: unknown = JSON.parse(data);
    latest.set(event as EventName, payload);
    listeners.get(event as EventName)?.forEach((l) => l(payload));
  }

  async function readStream(controller: AbortController, delay: number): Promise<void> {
    try {
      const res = await doFetch(url('events'), { headers, signal: controller.signal });
      if (!res.ok || !res.body) throw new Error(`event stream: ${res.status}`);
      delay = options.reconnectMs ?? 500;
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          deliver(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // dropped or refused: reconnect below unless unsubscribed
    }
    if (stream === controller && !controller.signal.aborted) {
      setTimeout(() => {
        if (stream === controller) void readStream(controller, Math.min(delay * 2, 10_000));
      }, delay);
    }
  }

  function subscribe(event: EventName, listener: Listener): () => void {
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    const wrapped: Listener = (p) => listener(p);
    set.add(wrapped);
    if (latest.has(event)) {
      const payload = latest.get(event);
      queueMicrotask(() => {
        if (set.has(wrapped)) wrapped(payload);
      });
    }
    if (!stream) {
      stream = new AbortController();
      void readStream(stream, options.reconnectMs ?? 500);
    }
    return () => {
      set.delete(wrapped);
      if (total() === 0 && stream) {
        stream.abort();
        stream = null;
        latest.clear(); // no stream: what we knew may go stale
      }
    };
  }

  const api: Record<string, unknown> = {};
  for (const channel of channels) api[methodNames[channel]] = (request: unknown) => call(channel, request);
  for (const event of Object.keys(eventMethodNames) as EventName[]) {
    api[eventMethodNames[event]] = (listener: (payload: EventPayloads[typeof event]) => void) => subscribe(event, listener as Listener);
  }
  return Object.freeze(api) as unknown as SalvageDeskApi;
}
