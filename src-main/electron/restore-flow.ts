// Restoring a backup in the desktop app. The core restores only into an empty folder, so: ask
// for confirmation, restore into a staging folder next to the data (a wrong passphrase or a bad
// file changes nothing), answer the renderer, then shut the core down cleanly, keep the current
// data as "<data>.before-restore-<time>" (nothing is ever silently deleted) and move the restored
// folder into place, and restart the app on it.
import { existsSync, renameSync, rmSync } from 'node:fs';
import type { SecretStore } from '../core/core-types';
import type { RestoreOptions } from '../core/index';

export interface RestoreFlowOptions {
  readonly dataDir: string;
  readonly secrets: SecretStore;
  readonly restoreBackup: (options: RestoreOptions) => Promise<void>;
  /** Native "replace the data with this backup?" question. */
  readonly confirm: () => Promise<boolean>;
  /** Stop the outbox, wait for running calls, close the core (lifecycle.shutdown). */
  readonly shutdown: () => Promise<void>;
  /** app.relaunch() + app.quit(). */
  readonly restart: () => void;
  readonly now?: () => Date;
  /** Delay before the swap, so the IPC answer reaches the window first. */
  readonly swapDelayMs?: number;
}

const stamp = (d: Date): string => d.toISOString().replace(/[:.]/g, '-');

export function createRestoreFlow(options: RestoreFlowOptions) {
  const now = options.now ?? (() => new Date());
  let busy = false;

  async function swap(staging: string): Promise<void> {
    await options.shutdown();
    const kept = `${options.dataDir}.before-restore-${stamp(now())}`;
    if (existsSync(options.dataDir)) renameSync(options.dataDir, kept);
    renameSync(staging, options.dataDir);
    options.restart();
  }

  return async function restore(source: string, passphrase: string, operator: string): Promise<boolean> {
    if (busy || !(await options.confirm())) return false;
    busy = true;
    const staging = `${options.dataDir}.restoring-${stamp(now())}`;
    try {
      await options.restoreBackup({ dataDir: staging, secrets: options.secrets, path: source, passphrase, operator });
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      busy = false;
      throw error;
    }
    setTimeout(() => {
      swap(staging).catch(() => options.restart()); // the restart shows the startup dialog if anything is wrong
    }, options.swapDelayMs ?? 200);
    return true;
  };
}
