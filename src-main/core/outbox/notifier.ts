// Outbox change notifications: bursts (a flush of hundreds of items) are coalesced into one call
// per listener with the whole list, and a failing listener never stops delivery.
import type { OutboxItem } from '../../../src-shared/core-api';

const COALESCE_MS = 25;

export interface Notifier {
  changed(): void;
  subscribe(listener: (items: OutboxItem[]) => void): () => void;
  close(): void;
}

export function createNotifier(list: () => OutboxItem[]): Notifier {
  const listeners = new Set<(items: OutboxItem[]) => void>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    changed() {
      if (listeners.size === 0 || timer) return;
      timer = setTimeout(() => {
        timer = null;
        const items = list();
        for (const l of listeners) {
          try {
            l(items);
          } catch {
            // a listener's failure must not stop delivery
          }
        }
      }, COALESCE_MS);
      timer.unref?.();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      if (timer) clearTimeout(timer);
      timer = null;
      listeners.clear();
    },
  };
}
