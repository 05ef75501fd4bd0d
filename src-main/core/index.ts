// The core's entry point (SPEC §6): openCore() opens the encrypted store of a data directory and
// returns the Core; the Electron shell, the preview bridge, scripts and tests all start here.
import { z } from 'zod';
import { createAuditLog } from './audit/audit-log';
import { createCases } from './cases/cases-service';
import type { CoreContext } from './context';
import type { Core, CoreOptions } from './core-types';
import { exportBackup } from './backup/export-backup';
import { parseOperator } from './cases/arguments';
import { guardClosed } from './closed-guard';
import { CoreError } from './errors';
import { exportLedger } from './ledger/export-ledger';
import { purgeExpired } from './retention/purge';
import { scheduleDaily } from './retention/schedule';
import { openStore } from './open-store';
import { createKeys } from './keys';
import { createOutbox } from './outbox';
import { createRecords } from './records';
import { createSettingsApi } from './settings/settings-service';
import { createSettingsStore } from './settings/settings-store';
import { applyMachineProfile, machineProfilePath } from './settings/machine-profile';
import { tightenIfExists } from './store/file-modes';

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
});

export async function openCore(options: CoreOptions): Promise<Core> {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new CoreError('validation', { ja: 'openCore の引数が正しくありません。', en: 'openCore was called with invalid options.' });
  }
  const { dataDir, secrets } = options;
  const now = options.now ?? (() => new Date());
  const { db, file, hashKey, hexKey } = await openStore(dataDir, secrets);
  const audit = createAuditLog(db, hashKey, now);
  const settingsStore = createSettingsStore(db);
  // The outbox is created after the keys; a correction reaches it through this late-bound hook.
  let outboxRef: ReturnType<typeof createOutbox> | null = null;
  const profilePath = options.profilePath === undefined ? machineProfilePath(process.platform, process.env) : options.profilePath;
  db.transaction(() => applyMachineProfile(profilePath, settingsStore, audit.append))();
  const cases = createCases({ db, now, audit: audit.append, settings: settingsStore.get, hashKey, afterAmend: async (caseId) => outboxRef?.afterAmend(caseId) });

  const ctx: CoreContext = {
    db,
    dataDir,
    secrets,
    fetch: options.fetch ?? globalThis.fetch,
    now,
    audit: audit.append,
    getSettings: settingsStore.get,
    getCase: cases.getCase,
    setCaseStatus: cases.setCaseStatus,
  };
  let keys: Core['keys'];
  try {
    keys = await createKeys(ctx);
  } catch (e) {
    db.close();
    throw e;
  }
  const outbox = createOutbox(ctx);
  outboxRef = outbox;

  // Retention runs at every open and then daily while the app stays open.
  const purge = () => {
    const result = purgeExpired({ db, now, audit: audit.append, settings: settingsStore.get });
    if (result.purged > 0) cases.forgetViews();
    return result;
  };
  try {
    purge();
  } catch (e) {
    await outbox.close();
    db.close();
    throw e;
  }
  const stopPurge = scheduleDaily(purge);

  let closed = false;
  const isClosed = (): boolean => closed;
  const methods = guardClosed({
    async verifyAudit() {
      return audit.verify();
    },
    async purgeExpired() {
      return purge();
    },
    async exportBackup(target, passphrase, opts) {
      const operator = parseOperator(opts);
      await exportBackup({ db, dataDir, databaseKey: async () => hexKey, now, audit: audit.append }, target, passphrase, operator);
    },
    async exportLedger(target, opts) {
      exportLedger({ db, audit: audit.append }, target, parseOperator(opts));
    },
  } satisfies Partial<Core>, isClosed);
  const core: Core = {
    settings: guardClosed(createSettingsApi(db, settingsStore, audit.append), isClosed),
    cases: guardClosed(cases.api, isClosed),
    outbox: guardClosed<Core['outbox']>(outbox, isClosed, ['startScheduler', 'onChange']),
    records: guardClosed(createRecords(ctx, { payloadHashFor: (caseId) => outbox.payloadHashFor(caseId), listCases: (filter) => cases.api.list(filter) }), isClosed),
    keys: guardClosed(keys, isClosed),
    ...methods,
    // Harmless when called again: the second call finds the core closed and returns.
    async close() {
      if (closed) return;
      closed = true;
      stopPurge();
      await outbox.close(); // stop the scheduler and let a running flush finish first
      // Fold the WAL back into the database so the directory holds one file at rest.
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      for (const suffix of ['-wal', '-shm']) tightenIfExists(file + suffix);
    },
  };
  return core;
}
