// Restoring a backup in the preview, like the desktop app does but without a restart: restore
// into a staging folder (a wrong passphrase changes nothing), close the core, keep the old data as
// core.before-restore-<time>, move the restored folder into place and open a new core on it; a
// failed swap is rolled back and the current data reopened.
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Core, CoreOptions, SecretStore } from '../../src-main/core/core-types';
import type { RestoreOptions } from '../../src-main/core/index';
import type { CoreSession } from './core-session';
import { restoreStamp, swapDataDir, type Rename } from '../../src-main/core/backup/swap-data-dir';
import { withPublishedFormStandIn } from './published-form-stand-in';
import { isCoreError } from '../../src-main/core/errors';

export interface PreviewRestoreOptions {
  readonly coreDir: string;
  readonly secrets: SecretStore;
  readonly session: CoreSession;
  readonly restoreBackup: (options: RestoreOptions) => Promise<void>;
  readonly openCore: (options: CoreOptions) => Promise<Core>;
  /** Re-register the department key with the desk and point the endpoint at it again. */
  readonly afterRestore: (core: Core) => Promise<void>;
  /** Injected by tests to simulate a locked file. */
  readonly rename?: Rename;
}


export function createPreviewRestore(options: PreviewRestoreOptions) {
  return async (source: string, passphrase: string, operator: string): Promise<boolean> => {
    const staging = path.join(path.dirname(options.coreDir), `${path.basename(options.coreDir)}.restoring-${restoreStamp(new Date())}`);
    try {
      await options.restoreBackup({ dataDir: staging, secrets: options.secrets, path: source, passphrase, operator });
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw error;
    }
    const open = () => options.openCore({ dataDir: options.coreDir, secrets: options.secrets, fetch: withPublishedFormStandIn(globalThis.fetch) });
    let failure: unknown = null;
    await options.session.replace(async () => {
      let opened: Core | null = null;
      try {
        // Swapped and opened, or rolled back to the current data (swap-data-dir.ts).
        await swapDataDir({ dataDir: options.coreDir, staging, now: new Date(), secrets: options.secrets, rename: options.rename, checkOpens: async () => { opened = await open(); } });
      } catch (error) {
        // A rollback that could not finish keeps every copy (swap-data-dir.ts says where).
        if (!isCoreError(error) || error.code !== 'restore-incomplete') rmSync(staging, { recursive: true, force: true });
        failure = error;
      }
      return opened ?? open();
    });
    if (failure) throw failure;
    await options.afterRestore(options.session.current());
    return true;
  };
}
