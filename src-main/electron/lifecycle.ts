// From "core open" to "core closed": start the outbox scheduler, forward outbox changes and
// online/offline to the window, and on quit stop the scheduler, wait for the in-flight request
// and IPC calls (autosaves), then close the database — before the process is allowed to exit.
import { app, net, type BrowserWindow } from 'electron';
import type { Core, OutboxScheduler } from '../core/core-types';
import { optionalPart } from '../ipc/optional-part';
import type { InFlight } from './in-flight';
import { sendEvent } from './ipc-main';

export interface LifecycleOptions {
  readonly core: Core;
  readonly window: () => BrowserWindow | null;
  readonly inFlight: InFlight;
  /** How often to look at net.isOnline() (Electron has no online/offline event in main). */
  readonly networkPollMs?: number;
  /** Longest wait for running IPC calls on quit. */
  readonly drainTimeoutMs?: number;
  readonly log?: (line: string) => void;
  /** Last things to do before the core closes (clear what the app left on the clipboard). */
  readonly beforeClose?: () => Promise<void>;
}

export interface Lifecycle {
  readonly online: () => boolean;
  /** Resolves when the core is closed (after a quit). */
  readonly closed: Promise<void>;
  /** Stop the outbox, wait for running calls, close the core — once (quit and restore use it). */
  shutdown(): Promise<void>;
}

export function startLifecycle(options: LifecycleOptions): Lifecycle {
  const log = options.log ?? ((line: string) => console.warn(`[salvage-desk] ${line}`));
  const { core } = options;
  const contents = () => options.window()?.webContents ?? null;
  const scheduler: OutboxScheduler | null = optionalPart(() => core.outbox.startScheduler(), 'the outbox scheduler', log);
  const unsubscribe = optionalPart(() => core.outbox.onChange((items) => sendEvent(contents(), 'outbox:changed', items)), 'the outbox change feed', log);

  let online = net.isOnline();
  scheduler?.networkChanged(online);
  const poll = setInterval(() => {
    const now = net.isOnline();
    if (now === online) return;
    online = now;
    scheduler?.networkChanged(now);
    sendEvent(contents(), 'network:changed', { online: now });
  }, options.networkPollMs ?? 3_000);
  poll.unref(); // never what keeps the process alive

  let state: 'running' | 'draining' | 'closed' = 'running';
  let markClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => {
    markClosed = resolve;
  });

  async function drain(): Promise<void> {
    clearInterval(poll);
    unsubscribe?.();
    await scheduler?.stop(); // waits for the request in flight
    const left = await options.inFlight.drain(options.drainTimeoutMs ?? 10_000);
    if (left > 0) log(`${left} call(s) still running at quit; closing anyway`);
    await options.beforeClose?.().catch(() => log('a last step before closing failed'));
    await core.close();
  }

  let draining: Promise<void> | null = null;
  const shutdown = (): Promise<void> => {
    draining ??= drain()
      .catch(() => log('closing the core failed'))
      .finally(() => {
        state = 'closed';
        markClosed();
      });
    return draining;
  };

  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'draining') return;
    state = 'draining';
    void shutdown().then(() => app.quit());
  });

  return { online: () => online, closed, shutdown };
}
