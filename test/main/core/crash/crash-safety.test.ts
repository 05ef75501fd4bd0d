// Crash safety: a child process autosaves in a loop and is killed with SIGKILL at random moments,
// 50 times. After every kill the database opens, integrity_check says 'ok' (checked here after
// the kills; the app runs it after its first screen), and every update whose promise had resolved before the kill is there.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memorySecretStore, openCore } from '../../../../src-main/core';
import { DATABASE_KEY_NAME } from '../../../../src-main/core/store/database-key';
import { tempDir } from '../open-test-core';
import { rawDb } from '../raw-db';

const KILLS = 50;
const root = path.resolve(import.meta.dirname, '../../../..');
const dataDir = tempDir('salvage-crash-');
const key = randomBytes(32).toString('hex');
const auditKey = randomBytes(32).toString('hex');
const secrets = memorySecretStore({ [DATABASE_KEY_NAME]: key });

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** Runs the child until `killAfterMs` after its first acknowledged write (or after spawn), then SIGKILLs it. */
function runAndKill(killAfterMs: number, afterFirstWrite: boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules/.bin/node'), ['--import', 'tsx', path.join(import.meta.dirname, 'autosave-child.ts')], {
      cwd: root,
      env: { ...process.env, CRASH_DATA_DIR: dataDir, CRASH_DB_KEY: key, CRASH_AUDIT_KEY: auditKey },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | null = null;
    const arm = () => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    };
    const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (afterFirstWrite && out.includes('\nU ')) arm();
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    if (!afterFirstWrite) arm();
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child exited by itself (code ${code}): ${err}`));
      else resolve(out.split('\n').filter((l) => l !== ''));
    });
  });
}

describe('crash safety', () => {
  // Each of the 50 children opens the core, which now verifies the whole audit chain against its
  // keychain anchor: ~60 s alone, up to twice that beside the other suites on 2 cores.
  it(`keeps every resolved autosave across ${KILLS} SIGKILLs, integrity ok`, { timeout: 240_000 }, async () => {
    const acked = new Map<string, number>(); // draft id → highest acknowledged update number (-1: created only)
    let writesAcked = 0;
    for (let i = 0; i < KILLS; i += 1) {
      // Mostly mid-autosave; every fifth run at a random moment from spawn (opening, migrating).
      const early = i % 5 === 0;
      const lines = await runAndKill(early ? Math.floor(Math.random() * 400) : Math.floor(Math.random() * 80), !early);
      for (const l of lines) {
        const [kind, id, n] = l.split(' ');
        if (kind === 'C') acked.set(id!, -1);
        if (kind === 'U') {
          acked.set(id!, Number(n));
          writesAcked += 1;
        }
      }
      const core = await openCore({ dataDir, secrets }); // the key and the schema must be readable
      for (const [id, n] of acked) {
        const c = await core.cases.get(id);
        const stored = c.input.request?.reason ? Number(c.input.request.reason.replace('step-', '')) : -1;
        expect(stored, `draft ${id} after kill ${i}`).toBeGreaterThanOrEqual(n);
      }
      await core.close();
    }
    const db = await rawDb(dataDir, secrets);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
    expect(writesAcked).toBeGreaterThan(KILLS); // the kills really interrupted running autosaves
    console.log(`crash safety: ${KILLS} kills, ${writesAcked} acknowledged autosaves, ${acked.size} drafts checked`);
  });
});
