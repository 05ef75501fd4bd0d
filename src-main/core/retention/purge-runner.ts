// One retention run as the app makes it (shortly after open, daily, or "erase now"), and what the
// last one left undone. A run that falls short — a case that could not be erased, or the run
// stopped as a whole — is recorded in the audit trail and kept here for Settings to show until a
// later run completes.
import type { PurgeFailure } from '../../../src-shared/core-api';
import { purgeExpired, type PurgeDeps, type PurgeRun } from './purge';

export interface PurgeRunner {
  run(operator?: string): PurgeRun;
  lastFailure(): PurgeFailure | null;
}

/** `after` runs after every run, whatever its outcome (the case list's views are rebuilt). */
export function purgeRunner(deps: PurgeDeps, after: () => void): PurgeRunner {
  let lastFailure: PurgeFailure | null = null;
  return {
    run(operator = 'system') {
      const at = deps.now().toISOString();
      try {
        const result = purgeExpired(deps, operator);
        lastFailure = result.complete ? null : { at, cases: result.notErased > 0 ? result.notErased : null };
        return result;
      } catch (e) {
        lastFailure = { at, cases: null };
        try {
          deps.audit({ action: 'purge', operator, details: { complete: false, stopped: true } });
        } catch {
          // The store itself refuses writes: Settings still shows the failure.
        }
        throw e;
      } finally {
        after();
      }
    },
    lastFailure: () => lastFailure,
  };
}
