// The parts openCore() puts together once the store is open: the audit trail, retention and the
// work deferred until after the first screen, the core-level methods, and close(). They share one
// OpenedCore: what is open and the modules created over it.
import { exportBackup } from './backup/export-backup';
import type { CasesModule } from './cases/cases-service';
import { parseOperator } from './cases/arguments';
import { guardClosed } from './closed-guard';
import { guardStaff } from './staff-guard';
import type { Core, SecretStore } from './core-types';
import { exportLedger } from './ledger/export-ledger';
import { previewPurge } from './retention/purge';
import { purgeRunner } from './retention/purge-runner';
import { removePaths } from './retention/restore-folders';
import { leftSnapshots } from './backup/backup-snapshot';
import { acknowledgedThrough, acknowledgingOperator } from './audit/audit-watch';
import { openAudit, type OpenAudit } from './audit/open-audit';
import { scheduleDaily } from './retention/schedule';
import type { OpenStore } from './open-store';
import type { SettingsStore } from './settings/settings-store';
import { tightenIfExists } from './store/file-modes';
import { checkIntegrityInWorker, type IntegrityRun } from './store/integrity-check';
import type { OutboxModule } from './outbox';

export interface OpenedCore {
  readonly store: OpenStore;
  readonly dataDir: string;
  readonly now: () => Date;
  readonly trail: OpenAudit;
  readonly settingsStore: SettingsStore;
  readonly cases: CasesModule;
  readonly outbox: OutboxModule;
}

/** Runs `open`; when it fails, the database is closed before the error goes on. */
export async function closingOnFailure<T>(store: OpenStore, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (e) {
    store.db.close();
    throw e;
  }
}

/**
 * The audit trail, before anything else is appended: the check at open walks the rows after the
 * checkpoint, compares the anchor, and records a break. A break never stops the desk from working.
 */
export async function openTrail(store: OpenStore, secrets: SecretStore, now: () => Date): Promise<OpenAudit> {
  return closingOnFailure(store, () => openAudit({ db: store.db, secrets, store: store.storeId, chainKey: store.chainKey, now, origin: store.origin }));
}

/**
 * Retention runs shortly after every open (after the first screen) and then daily. A backup
 * snapshot a crash or a locked file left in the data folder (a full copy of the database) is
 * removed right at open; one that still cannot be removed is reported by the first run.
 */
export function startRetention(o: OpenedCore) {
  removePaths(leftSnapshots(o.dataDir));
  const purgeDeps = {
    db: o.store.db, dataDir: o.dataDir, now: o.now, audit: o.trail.append,
    destroyCaseKey: o.trail.log.caseKeys.destroy, settings: o.settingsStore.get,
  };
  // Leftovers of earlier versions may be erased even when nothing new was due: views are rebuilt.
  const runner = purgeRunner(purgeDeps, () => o.cases.forgetViews());
  const purge = (operator = 'system') => runner.run(operator);
  const stopDaily = scheduleDaily(purge);
  const stopPurge = (): void => {
    stopDaily();
    runner.stop();
  };
  return { purgeDeps, purge, lastFailure: runner.lastFailure, stopPurge };
}
export type Retention = ReturnType<typeof startRetention>;

/**
 * After the first screen: retention, the case list's views, the integrity check (in a worker),
 * and the full audit check (in short slices, cancellable, with progress).
 */
export function startAfterOpen(o: OpenedCore, retention: Retention, delayMs: number) {
  const run: { integrity: IntegrityRun | null } = { integrity: null };
  const timer = setTimeout(() => {
    try {
      retention.purge();
    } catch {
      // Retried daily and at the next open; nothing personal is logged.
    }
    // The case list's index pages, decrypted once now, so the list opens warm.
    void o.cases.api.list().catch(() => undefined);
    // After the purge: its WAL checkpoint must not wait for the checker's reader.
    run.integrity = checkIntegrityInWorker(o.store.file, o.store.hexKey, o.store.db);
    o.trail.watch.noteIntegrity(run.integrity.result);
  }, delayMs);
  timer.unref();
  o.trail.watch.startLater(delayMs);
  return { timer, run };
}
export type AfterOpen = ReturnType<typeof startAfterOpen>;

/** The core-level calls (audit, retention, backup, ledger): staff only, refused once closed. */
export function coreMethods(o: OpenedCore, retention: Retention, afterOpen: AfterOpen, isClosed: () => boolean) {
  const { db, hexKey } = o.store;
  const { watch } = o.trail;
  const audit = o.trail.append;
  return guardClosed(guardStaff({
    async verifyAudit() {
      return watch.runFull();
    },
    async getAuditStatus() {
      return { ...watch.status(), purgeFailure: retention.lastFailure() };
    },
    async acknowledgeAuditBreaks(opts) {
      return { ...watch.acknowledge(acknowledgingOperator(opts), acknowledgedThrough(opts)), purgeFailure: retention.lastFailure() };
    },
    async purgeExpired() {
      const { purged } = retention.purge();
      return { purged };
    },
    async previewPurge() {
      return { ...previewPurge(retention.purgeDeps), lastFailure: retention.lastFailure() };
    },
    async purgeNow(opts) {
      const operator = parseOperator(opts);
      // The integrity check's reader would hold up the purge's WAL checkpoint: it finishes first.
      await afterOpen.run.integrity?.result;
      const { purged, folders, notErased } = retention.purge(operator);
      return { purged, folders, notErased };
    },
    async exportBackup(target, passphrase, opts) {
      const operator = parseOperator(opts);
      const signHead = o.trail.signBackupHead;
      await exportBackup({ db, dataDir: o.dataDir, databaseKey: async () => hexKey, now: o.now, audit, signHead }, target, passphrase, operator);
    },
    async exportLedger(target, opts) {
      exportLedger({ db, audit }, target, parseOperator(opts));
    },
  } satisfies Partial<Core>, o.settingsStore.get), isClosed);
}

/**
 * close(): stops the deferred and scheduled work, lets a running flush and the trail finish,
 * then folds the WAL back into the database so the directory holds one file at rest.
 */
export async function closeOpened(o: OpenedCore, retention: Retention, afterOpen: AfterOpen): Promise<void> {
  clearTimeout(afterOpen.timer);
  o.trail.watch.cancel();
  await afterOpen.run.integrity?.cancel();
  retention.stopPurge();
  await o.outbox.close(); // stop the scheduler and let a running flush finish first
  o.trail.anchoring.stop();
  await o.trail.settle();
  o.store.db.pragma('wal_checkpoint(TRUNCATE)');
  o.store.db.close();
  for (const suffix of ['-wal', '-shm']) tightenIfExists(o.store.file + suffix);
}
