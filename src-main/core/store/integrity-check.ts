// SQLite's integrity_check reads every page, so it grows with the data (over a second for a few
// years of cases). It runs after the first screen, on its own connection in a worker thread, so
// the app stays responsive. A failure leaves a marker next to the database: from then on every
// open checks first and refuses, leaving the file as it is (open-database.ts).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3-multiple-ciphers';

/** The marker a failed background check leaves (no personal data: a date and nothing else). */
export const damagedMarker = (file: string): string => `${file}.integrity-failed`;

export type IntegrityState = 'waiting' | 'checking' | 'ok' | 'damaged' | 'unknown';

// CommonJS source for an eval worker: the main bundle needs no second entry point.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db = null;
try {
  db = new Database(workerData.file, { fileMustExist: true });
  if (workerData.hexKey !== null) {
    db.pragma("cipher='sqlcipher'");
    db.pragma('key="x\\'' + workerData.hexKey + '\\'"');
  }
  db.pragma('busy_timeout = 5000');
  const rows = db.pragma('integrity_check');
  parentPort.postMessage(rows.length === 1 && rows[0].integrity_check === 'ok' ? 'ok' : 'damaged');
} catch (e) {
  parentPort.postMessage(/malformed|corrupt|not a database/i.test(String(e && e.message)) ? 'damaged' : 'unknown');
} finally {
  if (db) db.close();
}
`;

export interface IntegrityRun {
  readonly result: Promise<IntegrityState>;
  /** Stops the worker (at close: its reader must not hold up the final WAL checkpoint). */
  cancel(): Promise<void>;
}

/** The same check on the app's own connection: the fallback when no worker can run (blocks a while). */
function checkHere(db: Database.Database): IntegrityState {
  try {
    const rows = db.pragma('integrity_check') as { integrity_check?: string }[];
    return rows.length === 1 && rows[0]?.integrity_check === 'ok' ? 'ok' : 'damaged';
  } catch {
    return db.open ? 'damaged' : 'unknown';
  }
}

export function checkIntegrityInWorker(file: string, hexKey: string | null, db: Database.Database): IntegrityRun {
  let cancelled = false;
  let worker: Worker | null = null;
  const inWorker = new Promise<IntegrityState>((resolve) => {
    try {
      const module = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, hexKey, module } });
    } catch {
      resolve('unknown');
      return;
    }
    worker.unref();
    worker.once('message', (m: IntegrityState) => resolve(m));
    worker.once('error', () => resolve('unknown'));
    worker.once('exit', () => resolve('unknown')); // terminated before it answered
  });
  // A worker that cannot load the database module (a packaging problem) must not mean "no check".
  const result = inWorker.then((state) => (state === 'unknown' && !cancelled && db.open ? checkHere(db) : state));
  void result.then((state) => {
    if (state === 'damaged') fs.writeFileSync(damagedMarker(file), `${new Date().toISOString()}\n`, { mode: 0o600 });
  });
  return {
    result,
    async cancel() {
      cancelled = true;
      await (worker as Worker | null)?.terminate();
    },
  };
}
