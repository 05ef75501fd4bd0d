// The core's entry point (SPEC §6): openCore() opens the encrypted store of a data directory and
// returns the Core; the Electron shell, the preview bridge, scripts and tests all start here.
import { z } from 'zod';
import { createCaseEvents } from './cases/case-events';
import { createCases } from './cases/cases-service';
import type { CoreContext } from './context';
import type { Core, CoreOptions } from './core-types';
import { exportBackup } from './backup/export-backup';
import { parseOperator } from './cases/arguments';
import { guardClosed } from './closed-guard';
import { guardStaff } from './staff-guard';
import type { StaffMember } from '../../src-shared/core-api';
import { CoreError } from './errors';
import { exportLedger } from './ledger/export-ledger';
import { previewPurge, purgeExpired } from './retention/purge';
import { auditKey } from './audit/audit-secrets';
import { acknowledgingOperator } from './audit/audit-watch';
import { openAudit, type OpenAudit } from './audit/open-audit';
import { scheduleDaily } from './retention/schedule';
import { openStore } from './open-store';
import { createKeys } from './keys';
import { createOutbox } from './outbox';
import { createRecords } from './records';
import { createSettingsApi } from './settings/settings-service';
import { createSettingsStore } from './settings/settings-store';
import { applyMachineProfileAtOpen, machineProfilePath } from './settings/machine-profile';
import { defaultWriteCheck } from './settings/profile-write-check';
import { tightenIfExists } from './store/file-modes';
import { checkIntegrityInWorker, type IntegrityRun } from './store/integrity-check';

export { keytarSecretStore, memorySecretStore } from './secrets';
export { CoreError, isCoreError } from './errors';
export { restoreBackup, type RestoreOptions } from './backup/restore-backup';
export type { Core, CoreOptions, SecretStore } from './core-types';
export { machineProfilePath, readProfileFile } from './settings/machine-profile';

const optionsSchema = z.object({
  dataDir: z.string().min(1),
  secrets: z.custom<CoreOptions['secrets']>((s) => typeof s === 'object' && s !== null && typeof (s as { get?: unknown }).get === 'function'),
  fetch: z.custom<typeof fetch>((f) => typeof f === 'function').optional(),
  now: z.custom<() => Date>((f) => typeof f === 'function').optional(),
  profilePath: z.string().min(1).nullable().optional(),
  afterOpenDelayMs: z.number().int().min(0).optional(),
  profileWriteCheck: z.custom<NonNullable<CoreOptions['profileWriteCheck']>>((f) => typeof f === 'function').optional(),
});

/** How long after open the deferred work starts (the first screen comes first). */
export const AFTER_OPEN_DELAY_MS = 3000;

export async function openCore(options: CoreOptions): Promise<Core> {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new CoreError('validation', { ja: 'openCore の引数が正しくありません。', en: 'openCore was called with invalid options.' });
  }
  const { dataDir, secrets } = options;
  const now = options.now ?? (() => new Date());
  const { db, file, hashKey, hexKey, storeId } = await openStore(dataDir, secrets);
  let chainKey: string;
  let trail: OpenAudit;
  try {
    chainKey = await auditKey(secrets);
    // Before anything else is appended: the check at open walks the rows after the checkpoint,
    // compares the anchor, and records a break. A break never stops the desk from working.
    trail = await openAudit({ db, secrets, store: storeId, chainKey, now });
  } catch (e) {
    db.close();
    throw e;
  }
  const { log, anchoring, watch } = trail;
  const audit = { append: trail.append };
  const settingsStore = createSettingsStore(db);
  // Finalize and correction events reach the outbox (created after the keys) inside their transactions.
  const caseEvents = createCaseEvents();
  const profilePath = options.profilePath === undefined ? machineProfilePath(process.platform, process.env) : options.profilePath;
  const writeCheck = options.profileWriteCheck ?? defaultWriteCheck(process.platform);
  const machineProfile = { ...(await applyMachineProfileAtOpen({ db, store: settingsStore, audit: audit.append, writeCheck }, profilePath)), path: profilePath };
  const cases = createCases({ db, now, audit: audit.append, settings: settingsStore.get, hashKey, events: caseEvents });

  const ctx: CoreContext = {
    db,
    dataDir,
    secrets,
    fetch: options.fetch ?? globalThis.fetch,
    now,
    audit: audit.append,
    getSettings: settingsStore.get,
    getCase: cases.getCase,
    caseEvents,
  };
  let keysModule: Awaited<ReturnType<typeof createKeys>>;
  try {
    keysModule = await createKeys(ctx);
  } catch (e) {
    db.close();
    throw e;
  }
  const { signingKey, ...keys } = keysModule;
  const outbox = createOutbox(ctx, { signingKey });

  // Retention runs shortly after every open (after the first screen) and then daily.
  const purgeDeps = { db, dataDir, now, audit: audit.append, destroyCaseKey: log.caseKeys.destroy, settings: settingsStore.get };
  const purge = (operator = 'system') => {
    const result = purgeExpired(purgeDeps, operator);
    if (result.purged > 0) cases.forgetViews();
    return result;
  };
  const stopPurge = scheduleDaily(purge);
  // After the first screen: retention, the case list's views, the integrity check (in a worker),
  // and the full audit check (in short slices, cancellable, with progress).
  const afterOpenDelay = options.afterOpenDelayMs ?? AFTER_OPEN_DELAY_MS;
  let integrity: IntegrityRun | null = null;
  const afterOpen = setTimeout(() => {
    try {
      purge();
    } catch {
      // Retried daily and at the next open; nothing personal is logged.
    }
    // The case list's views, decrypted and parsed once now, so the list opens warm.
    void cases.api.list().catch(() => undefined);
    // After the purge: its WAL checkpoint must not wait for the checker's reader.
    integrity = checkIntegrityInWorker(file, hexKey, db);
    watch.noteIntegrity(integrity.result);
  }, afterOpenDelay);
  afterOpen.unref();
  watch.startLater(afterOpenDelay);

  let closed = false;
  const isClosed = (): boolean => closed;
  const methods = guardClosed(guardStaff({
    async verifyAudit() {
      return watch.runFull();
    },
    async getAuditStatus() {
      return watch.status();
    },
    async acknowledgeAuditBreaks(opts) {
      return watch.acknowledge(acknowledgingOperator(opts));
    },
    async purgeExpired() {
      const { purged } = purge();
      return { purged };
    },
    async previewPurge() {
      return previewPurge(purgeDeps);
    },
    async purgeNow(opts) {
      return purge(parseOperator(opts));
    },
    async exportBackup(target, passphrase, opts) {
      const operator = parseOperator(opts);
      await exportBackup({ db, dataDir, databaseKey: async () => hexKey, now, audit: audit.append }, target, passphrase, operator);
    },
    async exportLedger(target, opts) {
      exportLedger({ db, audit: audit.append }, target, parseOperator(opts));
    },
  } satisfies Partial<Core>, settingsStore.get), isClosed);
  const staffOnly = <T extends object>(api: T, firstRun?: (args: unknown[]) => readonly StaffMember[]) => guardStaff(api, settingsStore.get, firstRun);
  // The first Settings save (no staff yet) may be made by a member it adds.
  const staffBeingAdded = (args: unknown[]) => {
    const patch = args[0] as { staff?: unknown } | undefined;
    return Array.isArray(patch?.staff) ? (patch.staff as StaffMember[]).filter((m) => typeof m?.name === 'string') : [];
  };
  const { startScheduler, onChange, ...outboxCalls } = outbox;
  const core: Core = {
    settings: guardClosed(staffOnly(createSettingsApi(db, settingsStore, audit.append, machineProfile), staffBeingAdded), isClosed),
    cases: guardClosed(staffOnly(cases.api), isClosed),
    outbox: guardClosed<Core['outbox']>({ ...staffOnly(outboxCalls), startScheduler, onChange }, isClosed, ['startScheduler', 'onChange']),
    records: guardClosed(staffOnly(createRecords(ctx, { payloadHashFor: (caseId) => outbox.payloadHashFor(caseId), listCases: (filter) => cases.api.list(filter) })), isClosed),
    keys: guardClosed(staffOnly(keys), isClosed),
    ...methods,
    // Harmless when called again: the second call finds the core closed and returns.
    async close() {
      if (closed) return;
      closed = true;
      clearTimeout(afterOpen);
      watch.cancel();
      await integrity?.cancel();
      stopPurge();
      await outbox.close(); // stop the scheduler and let a running flush finish first
      anchoring.stop();
      await trail.settle();
      // Fold the WAL back into the database so the directory holds one file at rest.
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      for (const suffix of ['-wal', '-shm']) tightenIfExists(file + suffix);
    },
  };
  return core;
}
