// The background sender: a timer to the next due item, an immediate flush when the network comes
// back or something new is queued, and a slow re-check while no valid endpoint is configured (so
// setting one in Settings is picked up without a restart). flush() itself guarantees that at most
// one flush runs at a time.
import type { OutboxScheduler } from '../core-types';

export const IDLE_RECHECK_MS = 60_000;
const MAX_TIMER_MS = 15 * 60_000;
/** Pause between a flush and the next timer-driven one, so an item that stays due (a failing
 *  database write, Retry-After: 0) cannot make the scheduler spin. */
export const MIN_GAP_MS = 1_000;

export interface SchedulerDeps {
  flush(): Promise<unknown>;
  /** Abort the requests of a running flush (stop() calls it: quitting must not wait for a silent desk). */
  abort?(): void;
  /** Epoch ms of the next due item, 'no-endpoint' to re-check later, or null when nothing waits. */
  nextDue(): number | 'no-endpoint' | null;
  now(): number;
}

export interface RunningScheduler extends OutboxScheduler {
  /** Re-read the next due time (after an enqueue, retry or flush). */
  arm(): void;
}

export function startScheduler(deps: SchedulerDeps, onStopped: () => void): RunningScheduler {
  let online = true;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<unknown> = Promise.resolve();

  const clear = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const run = (): void => {
    clear();
    if (stopped || !online) return;
    inFlight = deps.flush().catch(() => undefined).finally(() => arm(true));
  };
  const arm = (afterFlush = false): void => {
    clear();
    if (stopped || !online) return;
    const next = deps.nextDue();
    if (next === null) return;
    const delay = next === 'no-endpoint' ? IDLE_RECHECK_MS : Math.min(Math.max(next - deps.now(), afterFlush ? MIN_GAP_MS : 0), MAX_TIMER_MS);
    timer = setTimeout(run, delay);
    timer.unref?.();
  };

  arm();
  return {
    arm: () => arm(),
    poke: run,
    networkChanged(isOnline) {
      online = isOnline;
      if (online) run();
      else clear();
    },
    async stop() {
      stopped = true;
      clear();
      deps.abort?.();
      await inFlight;
      onStopped();
    },
  };
}
