// Crash test: the app process is killed (SIGKILL) in the middle of a flush, while some
// submissions are stored at the desk but their answers never arrived. After a restart every
// submission is delivered exactly once, each with the receipt the desk gave first.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../../src-main/core';
import { registerExportedFile, startReceiver, type Receiver } from '../../../../tools/desk';
import { fileSecretStore } from '../../../support/file-secret-store';
import { tempDir } from '../../../../tools/fixtures/desk-signing';

const N = 30;
const bin = path.resolve('node_modules/.bin');
const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` }; // Node 24 first
const child = path.resolve('test/main/core/outbox/crash-child.ts');
let desk: Receiver | undefined;
afterAll(async () => {
  await desk?.close();
});

describe('crash during a flush', () => {
  it('after a restart everything is delivered exactly once', async () => {
    const dir = tempDir('crash');
    const dataDir = path.join(dir, 'app');
    const secrets = path.join(dir, 'keychain.json');
    const jwks = path.join(dir, 'departments.jwks.json');
    // A receiver whose port is known before setup, started with no keys until the JWKS exists.
    desk = await startReceiver({ keys: { keys: [] }, dataDir: path.join(dir, 'desk'), host: '127.0.0.1' });
    const { port, url } = desk;
    const setup = spawnSync(path.join(bin, 'tsx'), [child, 'setup', dataDir, secrets, url, String(N), jwks], { env, encoding: 'utf8' });
    expect(setup.status, setup.stderr).toBe(0);
    await desk.close();
    await registerExportedFile(jwks, jwks, 'engineering');
    desk = await startReceiver({ keys: jwks, dataDir: path.join(dir, 'desk'), port, host: '127.0.0.1' });

    // Every answer is held back after storing, so the kill lands between "stored" and "recorded".
    desk.faults.delayMs = 400;
    desk.faults.failNext(N, 'delay');
    const app = spawn(path.join(bin, 'tsx'), [child, 'flush', dataDir, secrets], { env, detached: true, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => app.on('exit', () => resolve()));
    await expect.poll(() => desk!.stats().stored, { timeout: 20_000, interval: 20 }).toBeGreaterThanOrEqual(6);
    process.kill(-app.pid!, 'SIGKILL'); // the whole process group: tsx and the node it runs
    await exited;
    const storedAtCrash = desk.stats().stored;
    expect(storedAtCrash).toBeLessThan(N);
    desk.faults.clear();

    const clock = { now: new Date('2026-05-01T03:00:00Z') };
    const core = await openCore({ dataDir, secrets: fileSecretStore(secrets), now: () => clock.now });
    try {
      const before = await core.outbox.list();
      expect(before.filter((i) => i.state === 'delivered').length).toBeLessThan(storedAtCrash); // answers were lost
      expect(before.some((i) => i.state === 'sending')).toBe(true); // left mid-request by the crash
      // The desk may still be holding a killed request (→ 409, retried later), so flush until done.
      let after = await core.outbox.flush();
      for (let round = 0; round < 5 && after.some((i) => i.state !== 'delivered'); round++) {
        await new Promise((r) => setTimeout(r, 500));
        clock.now = new Date(clock.now.getTime() + 16 * 60_000);
        after = await core.outbox.flush();
      }
      console.log(`crash test: killed with ${storedAtCrash}/${N} stored at the desk and ${before.filter((i) => i.state === 'delivered').length} recorded as delivered; after restart: statuses ${JSON.stringify(desk.stats().byStatus)}`);
      expect(after.map((i) => i.state)).toEqual(Array(N).fill('delivered'));
      expect(desk.store.count()).toBe(N);
      expect(new Set(desk.store.ids())).toEqual(new Set(after.map((i) => i.id)));
      for (const i of after) expect(i.receiptId).toBe(desk.store.get(i.id)!.receiptId);
      expect(desk.stats().byStatus[200]).toBeGreaterThanOrEqual(1); // replays of what the desk stored before the crash
      for (const i of after) expect((await core.cases.get(i.caseId)).status).toBe('delivered');
    } finally {
      await core.close();
    }
  }, 60_000);
});
