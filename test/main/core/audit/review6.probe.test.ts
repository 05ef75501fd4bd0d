// Review 6 probes: false breaks on ordinary failures, and the restore token's lifetime.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3-multiple-ciphers';
import { openCore, restoreBackup, type SecretStore } from '../../../../src-main/core';
import { AUDIT_ANCHOR_SECRET, AUDIT_KEY_SECRET } from '../../../../src-main/core/audit/audit-secrets';
import { RESTORE_TOKEN_SECRET } from '../../../../src-main/core/audit/restore-token';
import { entryBody, GENESIS, type AuditRow } from '../../../../src-main/core/audit/chain-walk';
import { sha256Hex } from '../../../../src-main/core/audit/hash';
import { swapDataDir } from '../../../../src-main/core/backup/swap-data-dir';
import { journalPath } from '../../../../src-main/core/backup/restore-journal';
import { tempDir } from '../open-test-core';
import { asEarlierSchema } from './earlier-schema';
import { useProbeCore } from './probe-access';

const probe = useProbeCore();
const { openAt, withRaw, editRaw } = probe;
const PASS = 'correct horse battery staple';

const breaksOn = (dataDir: string) => withRaw(dataDir, (db) => (db.prepare(`SELECT details FROM audit WHERE action = 'audit-break' ORDER BY seq`).pluck().all() as string[])
  .map((d) => (JSON.parse(d) as { problem: string }).problem));

/** A keychain that refuses one named entry's get/set/delete while `refuse.on` is true. */
function flaky(inner: SecretStore, name: string, ops: ('get' | 'set' | 'delete')[]) {
  const refuse = { on: true };
  const fail = () => Promise.reject(new Error('keychain locked'));
  const s: SecretStore = {
    get: (n) => (refuse.on && n === name && ops.includes('get') ? fail() : inner.get(n)),
    set: (n, v) => (refuse.on && n === name && ops.includes('set') ? fail() : inner.set(n, v)),
    delete: (n) => (refuse.on && n === name && ops.includes('delete') ? fail() : inner.delete(n)),
  };
  return { s, refuse };
}

function plainRelink(db: Database.Database): void {
  const rows = (db.prepare('SELECT * FROM audit ORDER BY seq').all() as AuditRow[]).filter((r) => r.action !== 'audit-format');
  db.prepare('DELETE FROM audit').run();
  const ins = db.prepare('INSERT INTO audit (seq, at, action, operator, case_id, details, personal, prev_hash, hash, keyed) VALUES (?,?,?,?,?,?,?,?,?,0)');
  let prev = GENESIS;
  let seq = 0;
  for (const r of rows) {
    seq += 1;
    const hash = sha256Hex(`${prev}\n${entryBody({ ...r, seq })}`);
    ins.run(seq, r.at, r.action, r.operator, r.case_id, r.details, r.personal, prev, hash);
    prev = hash;
  }
}

describe('F1: a keychain refusal during the first start', () => {
  it('leaves a fresh store that shows tamper breaks at the next start', async () => {
    const t = probe.current();
    const dataDir = path.join(tempDir('salvage-r6-first-'), 'data');
    await t.secrets.delete(AUDIT_ANCHOR_SECRET);
    await t.secrets.delete(AUDIT_KEY_SECRET); // a PC on which the app never ran
    const { s } = flaky(t.secrets, AUDIT_KEY_SECRET, ['set']);
    await expect(openCore({ dataDir, secrets: s, now: () => t.clock.now, profilePath: null })).rejects.toBeTruthy();
    const core = await openAt(dataDir); // the keychain answers again
    const status = await core.getAuditStatus();
    const v = await core.verifyAudit();
    await core.close();
    console.log('F1', JSON.stringify({ status: { u: status.unacknowledged, last: status.lastProblem }, ok: v.ok, breaks: await breaksOn(dataDir) }));
    expect(status.unacknowledged).toBe(0); // fails: a fresh install shows the banner
  });
});

describe('F1b: a keychain refusal during the open that upgrades from schema 10', () => {
  it('records format-missing / checkpoint-damaged instead of the one legacy break', async () => {
    const t = probe.current();
    for (let i = 0; i < 3; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    await t.core.close();
    await editRaw(t.dataDir, (db) => {
      db.prepare(`DELETE FROM meta WHERE key IN ('audit-checkpoint', 'audit-format-seq')`).run();
      plainRelink(db);
      asEarlierSchema(db);
    });
    await t.secrets.delete(AUDIT_ANCHOR_SECRET);
    const { s } = flaky(t.secrets, AUDIT_ANCHOR_SECRET, ['get']);
    await expect(openCore({ dataDir: t.dataDir, secrets: s, now: () => t.clock.now, profilePath: null })).rejects.toBeTruthy();
    const version = await withRaw(t.dataDir, (db) => Number(db.pragma('user_version', { simple: true })));
    t.core = await openAt(t.dataDir);
    const status = await t.core.getAuditStatus();
    await t.core.close();
    const breaks = await breaksOn(t.dataDir);
    t.core = await openAt(t.dataDir);
    console.log('F1b', JSON.stringify({ versionAfterFailedOpen: version, u: status.unacknowledged, last: status.lastProblem, breaks }));
    expect(breaks).toEqual(['legacy-unverified']); // fails
  });
});

describe('F2: a restore rolled back after the restored data opened once', () => {
  it('leaves the previous data with a replaced-anchor break', async () => {
    const t = probe.current();
    for (let i = 0; i < 2; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    const file = path.join(tempDir('salvage-r6-bk-'), 'b.sdbackup');
    await t.core.exportBackup(file, PASS);
    const staging = `${t.dataDir}.restoring-2026-05-01T09-00-00-000Z`;
    await restoreBackup({ dataDir: staging, secrets: t.secrets, path: file, passphrase: PASS });
    await t.core.close(); // shutdown
    const journalTmp = `${journalPath(t.dataDir)}.${process.pid}.tmp`;
    const outcome = await swapDataDir({
      dataDir: t.dataDir, staging, now: new Date('2026-05-01T09:00:00Z'),
      // open and close the restored data (as the shell does); then the disk fills: 'done' cannot be written
      checkOpens: async (dir) => { await (await openAt(dir)).close(); mkdirSync(journalTmp); },
    }).then(() => 'restored', (e: { code?: string }) => e.code);
    rmSync(journalTmp, { recursive: true, force: true });
    t.core = await openAt(t.dataDir); // the current data, untouched, restarts
    const status = await t.core.getAuditStatus();
    const anchor = JSON.parse((await t.secrets.get(AUDIT_ANCHOR_SECRET))!) as { store: string };
    const token = await t.secrets.get(RESTORE_TOKEN_SECRET);
    await t.core.close();
    const breaks = await breaksOn(t.dataDir);
    t.core = await openAt(t.dataDir);
    console.log('F2', JSON.stringify({ outcome, u: status.unacknowledged, last: status.lastProblem, breaks, tokenLeft: token !== null, anchorStore: anchor.store.slice(0, 8) }));
    expect(status.unacknowledged).toBe(0); // fails: 'replaced'
  });
});

describe('F3: the restore token, when its deletion fails once', () => {
  it('is never tried again, although the comment says so', async () => {
    const t = probe.current();
    const file = path.join(tempDir('salvage-r6-bk-'), 'b.sdbackup');
    await t.core.exportBackup(file, PASS);
    await t.core.close();
    const target = path.join(tempDir('salvage-r6-restored-'), 'data');
    await restoreBackup({ dataDir: target, secrets: t.secrets, path: file, passphrase: PASS });
    const { s, refuse } = flaky(t.secrets, RESTORE_TOKEN_SECRET, ['delete']);
    await (await openCore({ dataDir: target, secrets: s, now: () => t.clock.now, profilePath: null })).close();
    refuse.on = false;
    for (let i = 0; i < 3; i += 1) await (await openAt(target)).close();
    const left = await t.secrets.get(RESTORE_TOKEN_SECRET);
    console.log('F3', JSON.stringify({ tokenStillInKeychainAfter3Opens: left !== null }));
    t.core = await openAt(t.dataDir);
    expect(left).toBeNull(); // fails
  });
});

describe('F4: a rewritten row the full check cannot digest', () => {
  it('stops the full check before it records anything: no break, no banner', async () => {
    const t = probe.current();
    for (let i = 0; i < 4; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    await t.core.close();
    // An ordinary day before: the background full check ran and passed.
    t.core = await openCore({ dataDir: t.dataDir, secrets: t.secrets, now: () => t.clock.now, profilePath: null, afterOpenDelayMs: 10 });
    for (let i = 0; i < 300 && (await t.core.getAuditStatus()).fullCheck.state !== 'done'; i += 1) await new Promise((r) => setTimeout(r, 20));
    await t.core.close();
    await editRaw(t.dataDir, (db) => {
      // Same rows, same values; only the table is re-declared without STRICT and with an untyped `at`.
      const cols = 'seq, at, action, operator, case_id, details, personal, prev_hash, hash, keyed';
      db.exec(`
        CREATE TABLE audit_new (seq INTEGER PRIMARY KEY, at, action TEXT NOT NULL, operator TEXT NOT NULL, case_id TEXT,
          details TEXT NOT NULL, personal TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, keyed INTEGER NOT NULL DEFAULT 0);
        INSERT INTO audit_new (${cols}) SELECT ${cols} FROM audit;
        DROP TABLE audit;
        ALTER TABLE audit_new RENAME TO audit;
        CREATE INDEX audit_case ON audit (case_id);
      `);
      // History rewritten behind the checkpoint: who created the case, and when (a non-finite time).
      db.prepare(`UPDATE audit SET operator = 'someone else', at = 9e999 WHERE seq = 3`).run();
    });
    t.core = await openCore({ dataDir: t.dataDir, secrets: t.secrets, now: () => t.clock.now, profilePath: null, afterOpenDelayMs: 20 });
    const before = await t.core.getAuditStatus();
    for (let i = 0; i < 300; i += 1) {
      const s = await t.core.getAuditStatus();
      if (!['waiting', 'running'].includes(s.fullCheck.state) && !['waiting', 'checking'].includes(s.integrity)) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const background = await t.core.getAuditStatus();
    console.log('F4 background', JSON.stringify({ u: background.unacknowledged, fullCheck: background.fullCheck.state, last: background.fullCheck.last, integrity: background.integrity }));
    const full = await t.core.verifyAudit().then((v) => ({ ok: v.ok, problem: v.problem }), (e: Error) => ({ threw: e.message }));
    const after = await t.core.getAuditStatus();
    await t.core.close();
    const breaks = await breaksOn(t.dataDir);
    t.core = await openAt(t.dataDir);
    console.log('F4', JSON.stringify({ atOpen: before.unacknowledged, full, after: { u: after.unacknowledged, last: after.lastProblem, fullCheck: after.fullCheck.state }, breaks }));
    expect(after.unacknowledged).toBeGreaterThan(0); // fails: the rewrite is never recorded
  });
});

describe('F5: an audited operation rolled back after its audit entry (disk full in the same transaction)', () => {
  it('can leave a keychain anchor naming a row that was never committed', async () => {
    const { completeCase } = await import('../../../../tools/fixtures/case-fixtures');
    const t = probe.current();
    const d = await t.core.cases.createDraft(completeCase());
    t.clock.now = new Date(t.clock.now.getTime() + 61_000); // a minute since the last anchor write
    // The outbox write of the same transaction fails (stands for SQLITE_FULL / an I/O error).
    await withRaw(t.dataDir, (db) => db.exec(`CREATE TRIGGER r6_full BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;`));
    const failed = await t.core.cases.finalize(d.id, { operator: '窓口 太郎' }).then(() => 'finalized', (e: Error) => e.message);
    await withRaw(t.dataDir, (db) => db.exec('DROP TRIGGER r6_full'));
    await new Promise((r) => setTimeout(r, 50));
    const anchor = JSON.parse((await t.secrets.get(AUDIT_ANCHOR_SECRET))!) as { seq: number };
    const head = await withRaw(t.dataDir, (db) => Number(db.prepare('SELECT max(seq) FROM audit').pluck().get()));
    const v = await t.core.verifyAudit(); // Settings' "check now"
    const status = await t.core.getAuditStatus();
    console.log('F5', JSON.stringify({ failed: failed.slice(0, 40), anchorSeq: anchor.seq, committedHead: head, ok: v.ok, problem: v.problem, u: status.unacknowledged }));
    expect(status.unacknowledged).toBe(0); // fails: 'truncated' recorded for a row that never existed
  });
});

describe('H: the schema version found is the attacker\'s to set (expected to hold)', () => {
  it('user_version 0 on an existing store does not open as created', async () => {
    const t = probe.current();
    await t.core.close();
    await editRaw(t.dataDir, (db) => db.pragma('user_version = 0'));
    const r = await openAt(t.dataDir).then(async (c) => { await c.close(); return 'opened'; }, (e: { code?: string }) => e.code);
    console.log('H0', r);
    await editRaw(t.dataDir, (db) => db.pragma('user_version = 11'));
    t.core = await openAt(t.dataDir);
    expect(r).not.toBe('opened');
  });
  it('user_version 10 on a store of this version, anchor and checkpoint deleted, newest rows cut: breaks', async () => {
    const t = probe.current();
    for (let i = 0; i < 4; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    await t.core.close();
    await editRaw(t.dataDir, (db) => {
      const head = Number(db.prepare('SELECT max(seq) FROM audit').pluck().get());
      db.prepare('DELETE FROM audit WHERE seq > ?').run(head - 2);
      db.prepare(`DELETE FROM meta WHERE key = 'audit-checkpoint'`).run();
      asEarlierSchema(db);
    });
    await t.secrets.delete(AUDIT_ANCHOR_SECRET);
    t.core = await openAt(t.dataDir);
    const s = await t.core.getAuditStatus();
    await t.core.close();
    const breaks = await breaksOn(t.dataDir);
    t.core = await openAt(t.dataDir);
    console.log('H10', JSON.stringify({ u: s.unacknowledged, breaks }));
    expect(s.unacknowledged).toBeGreaterThan(0);
  });
});
