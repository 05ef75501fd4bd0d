// Nothing personal is readable on disk: not in the database, not in the WAL or shared-memory
// files, not in any temporary file, and the stock sqlite3 CLI cannot open the file.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { databasePath } from '../../../src-main/core/store/open-database';
import { openTestCore, type TestCore } from './open-test-core';

const SECRETS = ['ザルベージ 秘密子', 'ざるべーじ ひみつこ', '8642097531', 'zz-unique-applicant@example.net', '唯一無二の研究データ', 'SN-777XYZ'];

/** Every encoding a string could be stored in: UTF-8, UTF-16LE/BE. */
function needles(text: string): Buffer[] {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  return [Buffer.from(text, 'utf8'), le, be];
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

function leaks(files: string[]): string[] {
  const found: string[] = [];
  for (const f of files) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(f);
    } catch {
      continue; // vanished temp file of another process
    }
    for (const s of SECRETS) if (needles(s).some((n) => bytes.includes(n))) found.push(`${path.basename(f)}: ${s}`);
  }
  return found;
}

const TEMP_DIRS = [...new Set([os.tmpdir(), '/var/tmp', process.env.SQLITE_TMPDIR ?? os.tmpdir()])];

function entries(dir: string): string[] {
  try {
    return fs.readdirSync(dir).map((f) => path.join(dir, f));
  } catch {
    return [];
  }
}

let t: TestCore;
afterEach(async () => {
  await t.cleanup();
});

describe('at rest', () => {
  it('the search finds the strings in an unencrypted database (the check is not vacuous)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salvage-plain-'));
    try {
      const db = new Database(path.join(dir, 'plain.db'));
      db.exec('CREATE TABLE t (x TEXT)');
      db.prepare('INSERT INTO t VALUES (?)').run(SECRETS[0]);
      db.close();
      expect(leaks(filesUnder(dir))).toEqual([`plain.db: ${SECRETS[0]}`]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    t = { cleanup: async () => undefined } as TestCore;
  });

  it('leaves no personal string in any file, while open (WAL) and after close', async () => {
    const tmpBefore = new Set(TEMP_DIRS.flatMap(entries));
    t = await openTestCore();
    const c = completeCase();
    const input = {
      ...c,
      applicant: { ...c.applicant, name: SECRETS[0], nameKana: SECRETS[1], utokyoAccount: SECRETS[2], studentNumber: SECRETS[5], contactEmail: SECRETS[3], contactEmailConfirm: SECRETS[3] },
      request: { ...c.request, reason: `${SECRETS[4]}が論文の根拠資料として必要なため、救出を申請します。` },
    };
    for (let i = 0; i < 20; i += 1) {
      const d = await t.core.cases.createDraft(input);
      if (i % 2 === 0) {
        await t.core.cases.update(d.id, { request: { services: i % 4 === 0 ? ['onedrive'] : ['eccs-mail'] } });
        await t.core.cases.list({ query: 'ザルベージ' });
      }
    }
    const first = (await t.core.cases.list())[0]!;
    await t.core.cases.finalize(first.id, { operator: '窓口' });
    await t.core.cases.amend(first.id, { field: 'applicant.name', value: `${SECRETS[0]} 改`, reason: `${SECRETS[4]}の訂正`, by: '窓口' });

    const whileOpen = filesUnder(t.dataDir);
    expect(whileOpen.map((f) => path.basename(f)).sort()).toEqual(['salvage-desk.db', 'salvage-desk.db-shm', 'salvage-desk.db-wal']);
    expect(fs.statSync(databasePath(t.dataDir) + '-wal').size).toBeGreaterThan(0);
    expect(leaks(whileOpen)).toEqual([]);

    await t.core.close();
    // New plain files in the temp directories (SQLite's own temp files would be here; other
    // tests' temp directories, which come and go in parallel, are not ours to walk).
    const tempFiles = TEMP_DIRS.flatMap(entries).filter((f) => !tmpBefore.has(f) && fs.statSync(f, { throwIfNoEntry: false })?.isFile());
    expect(leaks([...filesUnder(t.dataDir), ...tempFiles])).toEqual([]);

    // The test itself can still read the data: the strings were really written.
    await t.reopen();
    expect((await t.core.cases.get(first.id)).input.applicant?.name).toBe(`${SECRETS[0]} 改`);
  });

  it.skipIf(spawnSync('sqlite3', ['-version']).status !== 0)('cannot be read by the sqlite3 CLI', async () => {
    t = await openTestCore();
    await t.core.cases.createDraft({ applicant: { name: SECRETS[0] } });
    await t.core.close();
    const r = spawnSync('sqlite3', [databasePath(t.dataDir), 'SELECT count(*) FROM sqlite_master;'], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/file is not a database/);
    expect(execFileSync('sqlite3', [databasePath(t.dataDir), '.dump'], { encoding: 'utf8', stdio: 'pipe' })).not.toContain(SECRETS[0]);
    await t.reopen();
  });
});
