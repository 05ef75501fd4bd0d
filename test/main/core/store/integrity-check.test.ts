// The background integrity check: in a worker when one can run, else on the app's own connection,
// so a packaging problem never turns into "no check at all".
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkIntegrityInWorker, damagedMarker } from '../../../../src-main/core/store/integrity-check';
import { openDatabase } from '../../../../src-main/core/store/open-database';
import { tempDir } from '../open-test-core';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('background integrity check', () => {
  it('answers ok for an intact database, from the worker', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = path.join(dir, 'x.db');
    const db = openDatabase(file, { hexKey: null });
    db.exec('CREATE TABLE t (v TEXT); INSERT INTO t VALUES (\'a\')');
    expect(await checkIntegrityInWorker(file, null, db).result).toBe('ok');
    db.close();
    expect(fs.existsSync(damagedMarker(file))).toBe(false);
  });

  it('falls back to the app connection when the worker cannot open the file', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const db = openDatabase(path.join(dir, 'x.db'), { hexKey: null });
    const elsewhere = path.join(dir, 'missing', 'x.db'); // the worker fails: no such file
    expect(await checkIntegrityInWorker(elsewhere, null, db).result).toBe('ok');
    db.close();
  });

  it('stops quietly when cancelled (at close)', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = path.join(dir, 'x.db');
    const db = openDatabase(file, { hexKey: null });
    const run = checkIntegrityInWorker(file, null, db);
    await run.cancel();
    db.close();
    expect(['ok', 'unknown']).toContain(await run.result);
  });
});
