// The desk store on Windows: a directory fsync that fails with EPERM or EISDIR (what
// Windows answers) is tolerated, so the desk does not answer 500 forever; any other failure still
// fails the write, and a stored file is never rewritten with a new receipt, also when the client
// retries after that failure.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startReceiver } from '../../../tools/desk';
import { openDeskStore } from '../../../tools/desk/desk-store';
import { samplePayload } from '../../../tools/fixtures/sample-payload';
import { post, tempDir, testDepartment } from '../../../tools/fixtures/desk-signing';

const failing = (code: string) => () => {
  throw Object.assign(new Error(`${code}: operation not permitted, fsync`), { code });
};

describe('desk store: directory fsync and receipts', () => {
  it('a receiver whose directory fsync fails with EPERM or EISDIR stores and answers 201, then replays 200', async () => {
    for (const code of ['EPERM', 'EISDIR']) {
      const dept = await testDepartment();
      const desk = await startReceiver({ keys: dept.registry, dataDir: tempDir('fsync'), host: '127.0.0.1', fsyncDirectory: failing(code) });
      try {
        const p = samplePayload();
        const jws = await dept.sign(p);
        const first = await post(desk.url, jws, p.submissionId);
        expect(first.status).toBe(201);
        const again = await post(desk.url, jws, p.submissionId);
        expect(again.status).toBe(200);
        expect(await again.json()).toEqual(await first.json());
      } finally {
        await desk.close();
      }
    }
  });

  it('another fsync failure fails the write, and the retry gets the receipt stored first; the file is never rewritten', () => {
    const dir = tempDir('store');
    let fail = true;
    const store = openDeskStore(dir, { fsyncDirectory: () => { if (fail) failing('EIO')(); } });
    const id = randomUUID();
    expect(() => store.put(id, 'kid', 'a.b.c', '2026-05-11T01:00:00.000Z')).toThrow(/EIO/);
    const file = path.join(dir, 'submissions', `${id}.json`);
    const onDisk = readFileSync(file, 'utf8');
    fail = false;
    const retried = store.put(id, 'kid', 'a.b.c', '2026-05-11T02:00:00.000Z');
    expect(retried.receiptId).toBe((JSON.parse(onDisk) as { receiptId: string }).receiptId);
    expect(readFileSync(file, 'utf8')).toBe(onDisk);
    // A second store on the same folder (a restarted desk) cannot replace it either.
    const reopened = openDeskStore(dir);
    expect(reopened.put(id, 'kid', 'a.b.c', '2026-05-11T03:00:00.000Z').receiptId).toBe(retried.receiptId);
    expect(readFileSync(file, 'utf8')).toBe(onDisk);
  });

  it('on a file system without hard links the file is still created once and never replaced', () => {
    const dir = tempDir('nolinks');
    const store = openDeskStore(dir, { link: () => { throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' }); } });
    // A second store opened before the write does not know the id: only the file can stop it.
    const other = openDeskStore(dir, { link: () => { throw Object.assign(new Error('ENOTSUP'), { code: 'ENOTSUP' }); } });
    const id = randomUUID();
    const first = store.put(id, 'kid', 'a.b.c', '2026-05-11T01:00:00.000Z');
    const file = path.join(dir, 'submissions', `${id}.json`);
    const onDisk = readFileSync(file, 'utf8');
    expect(JSON.parse(onDisk)).toMatchObject({ receiptId: first.receiptId });
    expect(other.put(id, 'kid', 'a.b.c', '2026-05-11T02:00:00.000Z').receiptId).toBe(first.receiptId);
    expect(readFileSync(file, 'utf8')).toBe(onDisk);
    expect(readdirSync(path.join(dir, 'submissions'))).toEqual([`${id}.json`]);
  });
});
