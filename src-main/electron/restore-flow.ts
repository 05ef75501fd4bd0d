// Restoring a backup in the desktop app. The core restores only into an empty folder, so: ask
// for confirmation, restore into a staging folder next to the data (a wrong passphrase or a bad
// file changes nothing), shut the core down cleanly, swap the folders (keeping the current data as
// "<data>.before-restore-<time>") and open the restored data once; only then answer "restored"
// and restart the app on it. A failed swap is rolled back and answered with a clear message; the
// app then restarts on the current data, which was never touched. When even the rollback cannot
// move a folder, nothing is deleted and the next start finishes it (swap-data-dir.ts).
import { rmSync } from 'node:fs';
import type { SecretStore } from '../core/core-types';
import type { RestoreOptions } from '../core/index';
import { restoreStamp, swapDataDir, type Rename } from '../core/backup/swap-data-dir';
import { isCoreError } from '../core/errors';

export interface RestoreFlowOptions {
  readonly dataDir: string;
  readonly secrets: SecretStore;
  readonly restoreBackup: (options: RestoreOptions) => Promise<void>;
  /** Native "replace the data with this backup?" question. */
  readonly confirm: () => Promise<boolean>;
  /** Stop the outbox, wait for running calls, close the core (lifecycle.shutdown). */
  readonly shutdown: () => Promise<void>;
  /** Open and close a core on the swapped-in data (openCore + close). */
  readonly checkOpens: (dataDir: string) => Promise<void>;
  /** app.relaunch() + app.quit(). */
  readonly restart: () => void;
  readonly now?: () => Date;
  /** Delay before the restart, so the IPC answer reaches the window first. */
  readonly restartDelayMs?: number;
  readonly rename?: Rename;
}

export function createRestoreFlow(options: RestoreFlowOptions) {
  const now = options.now ?? (() => new Date());
  let busy = false;
  const restartSoon = () => setTimeout(options.restart, options.restartDelayMs ?? 1500);

  return async function restore(source: string, passphrase: string, operator: string): Promise<boolean> {
    if (busy || !(await options.confirm())) return false;
    busy = true;
    const staging = `${options.dataDir}.restoring-${restoreStamp(now())}`;
    try {
      await options.restoreBackup({ dataDir: staging, secrets: options.secrets, path: source, passphrase, operator });
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      busy = false;
      throw error;
    }
    await options.shutdown();
    try {
      await swapDataDir({ dataDir: options.dataDir, staging, now: now(), secrets: options.secrets, checkOpens: options.checkOpens, rename: options.rename });
    } catch (error) {
      // A rollback that could not finish keeps every copy: the restored one may be all that moved.
      if (!isCoreError(error) || error.code !== 'restore-incomplete') rmSync(staging, { recursive: true, force: true });
      restartSoon(); // the core is closed: come back on the untouched current data
      throw error;
    }
    restartSoon();
    return true;
  };
}
