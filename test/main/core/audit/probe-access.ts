// Test helper for audit probes: open another data folder with the test core's keychain and clock,
// and read or edit a data folder's database behind the app's back.
import type Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach } from 'vitest';
import { openCore, type Core } from '../../../../src-main/core';
import { openTestCore, type TestCore } from '../open-test-core';
import { editAuditRows, rawDb } from '../raw-db';

/** `current`: the test core of the running test (each test opens its own). */
export function probeAccess(current: () => TestCore) {
  const withRaw = async <T>(dataDir: string, f: (db: Database.Database) => T): Promise<T> => {
    const db = await rawDb(dataDir, current().secrets);
    try {
      return f(db);
    } finally {
      db.close();
    }
  };
  return {
    openAt: (dataDir: string): Promise<Core> => openCore({ dataDir, secrets: current().secrets, now: () => current().clock.now, profilePath: null }),
    withRaw,
    /** As withRaw, with the append-only triggers lifted meanwhile (put back as they were). */
    editRaw: <T>(dataDir: string, f: (db: Database.Database) => T): Promise<T> => withRaw(dataDir, (db) => editAuditRows(db, () => f(db))),
  };
}

/** A test core opened before each test and cleaned up after it, with probeAccess over it. */
export function useProbeCore() {
  let t: TestCore;
  beforeEach(async () => {
    t = await openTestCore();
  });
  afterEach(async () => {
    await t.cleanup();
  });
  return { current: () => t, ...probeAccess(() => t) };
}
