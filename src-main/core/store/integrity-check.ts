// SQLite's integrity_check reads every page, so it grows with the data (over a second for a few
// years of cases). It runs after the first screen, on its own connection in a worker thread, so
// the app stays responsive. A failure leaves a marker next to the database: from then on every
// open checks first and refuses, leaving the file as it is (open-database.ts).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

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

export function checkIntegrityInWorker(file: string, hexKey: string | null): IntegrityRun {
  const module = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, hexKey, module } });
  worker.unref();
  const result = new Promise<IntegrityState>((resolve) => {
    worker.once('message', (m: IntegrityState) => resolve(m));
    worker.once('error', () => resolve('unknown'));
    worker.once('exit', () => resolve('unknown')); // terminated before it answered
  });
  void result.then((state) => {
    if (state === 'damaged') fs.writeFileSync(damagedMarker(file), `${new Date().toISOString()}\n`, { mode: 0o600 });
  });
  return {
    result,
    async cancel() {
      await worker.terminate();
    },
  };
}
