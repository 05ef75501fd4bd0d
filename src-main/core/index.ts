// The core's entry point (SPEC §6): openCore() opens the encrypted store of a data directory and
// returns the Core; the Electron shell, the preview bridge, scripts and tests all start here.
import { z } from 'zod';
import { createCaseEvents } from './cases/case-events';
import { createCases } from './cases/cases-service';
import type { CoreContext } from './context';
import type { Core, CoreOptions } from './core-types';
import { guardClosed } from './closed-guard';
import { guardStaff } from './staff-guard';
import type { MachineProfileStatus, StaffMember } from '../../src-shared/core-api';
import { CoreError } from './errors';
import { openStore, type OpenStore } from './open-store';
import type { OpenAudit } from './audit/open-audit';
import { createKeys } from './keys';
import { createOutbox } from './outbox';
import { createRecords } from './records';
import { createSettingsApi } from './settings/settings-service';
import { createSettingsStore } from './settings/settings-store';
import { applyMachineProfileAtOpen, machineProfilePath } from './settings/machine-profile';
import { defaultWriteCheck } from './settings/profile-write-check';
import {
  closeOpened, closingOnFailure, coreMethods, openTrail, startAfterOpen, startRetention,
  type AfterOpen, type OpenedCore, type Retention,
} from './open-core-parts';

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
  const store = await openStore(dataDir, secrets);
  const trail = await openTrail(store, secrets, now);
  try {
    return await openOverTrail(options, { store, trail, now });
  } catch (e) {
    // The trail's anchoring runs on in the background: it ends before the error goes on, so that
    // whoever handles the error (a restore rolling back) finds the keychain as this open left it.
    trail.anchoring.stop();
    await trail.settling;
    if (store.db.open) store.db.close();
    throw e;
  }
}

/** The modules over the opened store and its trail. */
async function openOverTrail(options: CoreOptions, { store, trail, now }: { store: OpenStore; trail: OpenAudit; now: () => Date }): Promise<Core> {
  const { dataDir, secrets } = options;
  const { db } = store;
  const audit = { append: trail.append };
  const settingsStore = createSettingsStore(db);
  // Finalize and correction events reach the outbox (created after the keys) inside their transactions.
  const caseEvents = createCaseEvents();
  const profilePath = options.profilePath === undefined ? machineProfilePath(process.platform, process.env) : options.profilePath;
  const writeCheck = options.profileWriteCheck ?? defaultWriteCheck(process.platform);
  const machineProfile = { ...(await applyMachineProfileAtOpen({ db, store: settingsStore, audit: audit.append, writeCheck }, profilePath)), path: profilePath };
  const cases = createCases({ db, now, audit: audit.append, settings: settingsStore.get, hashKey: store.hashKey, events: caseEvents });

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
  const { signingKey, ...keys } = await closingOnFailure(store, () => createKeys(ctx));
  const outbox = createOutbox(ctx, { signingKey });
  const opened: OpenedCore = { store, dataDir, now, trail, settingsStore, cases, outbox };

  const retention = startRetention(opened);
  const afterOpen = startAfterOpen(opened, retention, options.afterOpenDelayMs ?? AFTER_OPEN_DELAY_MS);
  return assembleCore(opened, { ctx, keys, machineProfile, retention, afterOpen });
}

/** The modules, each staff-only and refused once closed, plus the core-level calls and close(). */
function assembleCore(o: OpenedCore, parts: {
  ctx: CoreContext;
  keys: Core['keys'];
  machineProfile: MachineProfileStatus;
  retention: Retention;
  afterOpen: AfterOpen;
}): Core {
  const { db } = o.store;
  const { settingsStore, cases, outbox } = o;
  let closed = false;
  const isClosed = (): boolean => closed;
  const methods = coreMethods(o, parts.retention, parts.afterOpen, isClosed);
  const staffOnly = <T extends object>(api: T, firstRun?: (args: unknown[]) => readonly StaffMember[]) => guardStaff(api, settingsStore.get, firstRun);
  const { startScheduler, onChange, ...outboxCalls } = outbox;
  return {
    settings: guardClosed(staffOnly(createSettingsApi(db, settingsStore, o.trail.append, parts.machineProfile), staffBeingAdded), isClosed),
    cases: guardClosed(staffOnly(cases.api), isClosed),
    outbox: guardClosed<Core['outbox']>({ ...staffOnly(outboxCalls), startScheduler, onChange }, isClosed, ['startScheduler', 'onChange']),
    records: guardClosed(staffOnly(createRecords(parts.ctx, { payloadHashFor: (caseId) => outbox.payloadHashFor(caseId), listCases: (filter) => cases.api.list(filter) })), isClosed),
    keys: guardClosed(staffOnly(parts.keys), isClosed),
    ...methods,
    // Harmless when called again: the second call finds the core closed and returns.
    async close() {
      if (closed) return;
      closed = true;
      await closeOpened(o, parts.retention, parts.afterOpen);
    },
  };
}

/** The first Settings save (no staff yet) may be made by a member it adds. */
function staffBeingAdded(args: unknown[]): readonly StaffMember[] {
  const patch = args[0] as { staff?: unknown } | undefined;
  return Array.isArray(patch?.staff) ? (patch.staff as StaffMember[]).filter((m) => typeof m?.name === 'string') : [];
}
