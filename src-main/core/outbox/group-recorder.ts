// Collects attempt outcomes and commits them together: when a batch is full, or a few
// milliseconds after the first one arrived, and always before a flush returns (drain).
import type { Outcome } from './http-outcome';
import type { OutboxRow } from './outbox-rows';

export interface Attempted {
  readonly row: OutboxRow;
  readonly attempts: number;
  readonly outcome: Outcome;
}

const BATCH = 16;
const WINDOW_MS = 5;

export function groupRecorder(commit: (batch: Attempted[]) => void): { add(a: Attempted): void; drain(): void } {
  const pending: Attempted[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let failure: unknown = null;
  const run = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = pending.splice(0);
    if (batch.length === 0) return;
    try {
      commit(batch);
    } catch (e) {
      failure ??= e; // reported by drain(); the items stay 'sending' and are due again
    }
  };
  return {
    add(a) {
      pending.push(a);
      if (pending.length >= BATCH) run();
      else timer ??= setTimeout(run, WINDOW_MS);
    },
    drain() {
      run();
      if (failure) {
        const e = failure;
        failure = null;
        throw e;
      }
    },
  };
}
