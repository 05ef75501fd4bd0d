// Restoring a backup in the preview, like the desktop app does but without a restart: restore
// into a staging folder (a wrong passphrase changes nothing), close the core, keep the old data as
// core.before-restore-<time>, move the restored folder into place and open a new core on it.
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Core, CoreOptions, SecretStore } from '../../src-main/core/core-types';
import type { RestoreOptions } from '../../src-main/core/index';
import type { CoreSession } from './core-session';

export interface PreviewRestoreOptions {
  readonly coreDir: string;
  readonly secrets: SecretStore;
  readonly session: CoreSession;
  readonly restoreBackup: (options: RestoreOptions) => Promise<void>;
  readonly openCore: (options: CoreOptions) => Promise<Core>;
  /** Re-register the department key with the desk and point the endpoint at it again. */
  readonly afterRestore: (core: Core) => Promise<void>;
}

const stamp = (): string => new Date().toISOString().replace(/[:.]/g, '-');

export function createPreviewRestore(options: PreviewRestoreOptions) {
  return async (source: string, passphrase: string, operator: string): Promise<boolean> => {
    const staging = path.join(path.dirname(options.coreDir), `${path.basename(options.coreDir)}.restoring-${stamp()}`);
    try {
      await options.restoreBackup({ dataDir: staging, secrets: options.secrets, path: source, passphrase, operator });
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw error;
    }
    await options.session.replace(async () => {
      if (existsSync(options.coreDir)) renameSync(options.coreDir, `${options.coreDir}.before-restore-${stamp()}`);
      renameSync(staging, options.coreDir);
      return options.openCore({ dataDir: options.coreDir, secrets: options.secrets, fetch: globalThis.fetch });
    });
    await options.afterRestore(options.session.current());
    return true;
  };
}
