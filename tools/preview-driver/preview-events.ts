// The preview's event stream (GET /api/events, Server-Sent Events), read the way the bridge reads
// it: what the app handed to the OS (`preview:open-external` for the system browser,
// `preview:clipboard`) arrives here, so a test reads the exact prefilled URL the app opened.
import type { PreviewProcess } from './preview-process';

export interface PreviewEvents {
  /** Runs `action`, then resolves with the payload of the first `name` event after it started. */
  after<T>(name: string, action: () => Promise<unknown>, timeoutMs?: number): Promise<T>;
  close(): void;
}

export async function watchPreviewEvents(preview: PreviewProcess): Promise<PreviewEvents> {
  const controller = new AbortController();
  const res = await fetch(`${preview.origin}/api/events`, { headers: { Authorization: `Bearer ${preview.token}` }, signal: controller.signal });
  if (!res.ok || !res.body) throw new Error(`event stream refused: ${res.status}`);
  const seen: { name: string; data: unknown }[] = [];
  const waiter: { wake: (() => void) | null } = { wake: null };
  void (async () => {
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        const frames = buffer.split('\n\n');
        buffer = frames.pop() ?? '';
        for (const frame of frames) {
          const name = /^event: (.+)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (name && data !== undefined) seen.push({ name, data: JSON.parse(data) as unknown });
        }
        waiter.wake?.();
      }
    } catch {
      // aborted by close()
    }
  })();
  return {
    async after<T>(name: string, action: () => Promise<unknown>, timeoutMs = 15_000): Promise<T> {
      const from = seen.length;
      await action();
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = seen.slice(from).find((e) => e.name === name);
        if (hit) return hit.data as T;
        if (Date.now() > deadline) throw new Error(`no ${name} event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiter.wake = resolve;
          setTimeout(resolve, 200);
        });
      }
    },
    close: () => controller.abort(),
  };
}
