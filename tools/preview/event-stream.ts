// Server-Sent Events for the preview: the browser-side equivalent of the preload's
// webContents.send pushes (outbox:changed, network:changed). The bridge reads the stream with
// fetch so the token travels in a header, never in the URL.
import type { ServerResponse } from 'node:http';
import type { EventName, EventPayloads } from '../../src-shared/ipc-contract';
import { SECURITY_HEADERS } from '../../src-main/http/csp';

const HEARTBEAT_MS = 15_000;
const MAX_CLIENTS = 32;

/**
 * Preview-only events, not part of the app's contract: what the app would have handed to the OS
 * (the clipboard, the system browser), so end-to-end tests can read it.
 */
export interface PreviewEventPayloads {
  'preview:clipboard': { text: string };
  'preview:open-external': { url: string };
}

export interface EventHub {
  /** Attach a response as a stream; false when too many are open already. */
  attach(res: ServerResponse, initial: ReadonlyArray<{ [E in EventName]: [E, EventPayloads[E]] }[EventName]>): boolean;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  emitPreview<E extends keyof PreviewEventPayloads>(event: E, payload: PreviewEventPayloads[E]): void;
  close(): void;
  readonly size: number;
}

export function createEventHub(): EventHub {
  const clients = new Set<ServerResponse>();
  const frame = (event: string, payload: unknown): string => `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
  const heartbeat = setInterval(() => clients.forEach((res) => res.write(': keep-alive\n\n')), HEARTBEAT_MS);
  heartbeat.unref();
  return {
    attach(res, initial) {
      if (clients.size >= MAX_CLIENTS) return false;
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      for (const [event, payload] of initial) res.write(frame(event, payload));
      clients.add(res);
      res.on('close', () => clients.delete(res));
      return true;
    },
    emit(event, payload) {
      const text = frame(event, payload);
      clients.forEach((res) => res.write(text));
    },
    emitPreview(event, payload) {
      const text = frame(event, payload);
      clients.forEach((res) => res.write(text));
    },
    close() {
      clearInterval(heartbeat);
      clients.forEach((res) => res.end());
      clients.clear();
    },
    get size() {
      return clients.size;
    },
  };
}
