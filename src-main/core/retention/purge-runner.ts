// One retention run as the app makes it (shortly after open, daily, or "erase now"), and what the
// last one left undone. A run that falls short — a case that could not be erased, a copy of the
// data that could not be removed, a WAL checkpoint another reader held up, or the run stopped as
// a whole — is recorded in the audit trail and kept here for Settings to show until a later run
// completes. A checkpoint held up is tried again a few times shortly after, on its own.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { PurgeFailure } from '../../../src-shared/core-api';
import { foldWal } from '../store/fold-wal';
import { purgeExpired, type PurgeDeps, type PurgeRun } from './purge';

export interface PurgeRunner {
  run(operator?: string): PurgeRun;
  lastFailure(): PurgeFailure | null;
  /** Stops the checkpoint retries (at close). */
  stop(): void;
}

/** How often, and how long apart, a held-up checkpoint is tried again before the next run. */
export interface FoldRetry {
  readonly times: number;
  readonly ms: number;
}
export const FOLD_RETRY: FoldRetry = { times: 5, ms: 60_000 };

function failureOf(at: string, r: PurgeRun): PurgeFailure {
  const cases = r.notErased > 0 ? r.notErased : r.leftoversErased ? 0 : null;
  return { at, cases, folders: r.foldersLeft, snapshots: r.snapshotsLeft, walPending: !r.walFolded };
}

/** The failure once the WAL is folded: null when that was all that was left. */
function withWalFolded(f: PurgeFailure | null): PurgeFailure | null {
  if (f === null) return null;
  const rest = { ...f, walPending: false };
  return rest.cases === 0 && rest.folders === 0 && rest.snapshots === 0 ? null : rest;
}

/** A retry must not freeze the app while a reader holds on: it does not wait for the reader. */
function foldWithoutWaiting(db: Database.Database): boolean {
  let previous: unknown = 5000;
  try {
    previous = db.pragma('busy_timeout', { simple: true });
    db.pragma('busy_timeout = 0');
    return foldWal(db);
  } catch {
    return false;
  } finally {
    try {
      db.pragma(`busy_timeout = ${Number(previous)}`);
    } catch {
      // the database was closed under the retry: nothing left to restore
    }
  }
}

/** `after` runs after every run, whatever its outcome (the case list's views are rebuilt). */
export function purgeRunner(deps: PurgeDeps, after: () => void, retry: FoldRetry = FOLD_RETRY): PurgeRunner {
  let lastFailure: PurgeFailure | null = null;
  let foldOwed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stop = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const retryLater = (times: number): void => {
    if (timer !== null || times <= 0) return;
    timer = setTimeout(() => {
      timer = null;
      if (!foldOwed) return;
      if (!foldWithoutWaiting(deps.db)) return retryLater(times - 1);
      foldOwed = false;
      lastFailure = withWalFolded(lastFailure);
      try {
        deps.audit({ action: 'purge', operator: 'system', details: { walFolded: true } });
      } catch {
        // The store refuses writes: the fold itself happened.
      }
    }, retry.ms);
    timer.unref();
  };
  return {
    run(operator = 'system') {
      const at = deps.now().toISOString();
      stop();
      try {
        const result = purgeExpired(deps, operator, foldOwed);
        foldOwed = !result.walFolded;
        lastFailure = result.complete ? null : failureOf(at, result);
        if (foldOwed) retryLater(retry.times);
        return result;
      } catch (e) {
        lastFailure = { at, cases: null, folders: 0, snapshots: 0, walPending: foldOwed };
        if (foldOwed) retryLater(retry.times);
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
    stop,
  };
}
