// Review probes. The attacker can write the keychain and holds the data folder and the database
// key, but makes no computation under the chain key: every value they put in the keychain is read
// from the database (store id, seq, hash of a row) or is a copy they saved earlier. With that they
// hand-write an anchor for a trail whose newest rows they cut, and delete the checkpoint or put
// back an older copy of it, or one a restore wrote. Each must be a recorded break.
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { restoreBackup, type Core } from '../../../../src-main/core';
import { createAuditLog } from '../../../../src-main/core/audit/audit-log';
import { AUDIT_ANCHOR_SECRET, AUDIT_KEY_SECRET } from '../../../../src-main/core/audit/audit-secrets';
import { START } from '../../../../src-main/core/audit/chain-walk';
import { writeCheckpoint } from '../../../../src-main/core/audit/checkpoint';
import { RESTORE_TOKEN_SECRET } from '../../../../src-main/core/audit/restore-token';
import { tempDir, type TestCore } from '../open-test-core';
import { asEarlierSchema } from './earlier-schema';
import { useProbeCore } from './probe-access';

const PASS = 'correct horse battery staple';
const probe = useProbeCore();
const { openAt, editRaw: withRaw } = probe;

const savedCheckpoint = (db: Database.Database): string => db.prepare(`SELECT value FROM meta WHERE key = 'audit-checkpoint'`).pluck().get() as string;
const putCheckpoint = (db: Database.Database, value: string) => db.prepare(`UPDATE meta SET value = ? WHERE key = 'audit-checkpoint'`).run(value);

/** Cuts every row after `seq` and returns the anchor fields anyone can read from the database. */
function cutTo(db: Database.Database, seq: number): { store: string; seq: number; hash: string } {
  db.prepare('DELETE FROM audit WHERE seq > ?').run(seq);
  return {
    store: db.prepare(`SELECT value FROM meta WHERE key = 'store-id'`).pluck().get() as string,
    seq,
    hash: db.prepare('SELECT hash FROM audit WHERE seq = ?').pluck().get(seq) as string,
  };
}

/** Opens the data, runs the full check, and says what the break on record is (the open recorded it). */
async function verifyAt(dataDir: string): Promise<{ ok: boolean; lastProblem: string | null }> {
  const core = await openAt(dataDir);
  try {
    const { ok } = await core.verifyAudit();
    return { ok, lastProblem: (await core.getAuditStatus()).lastProblem };
  } finally {
    await core.close();
  }
}

async function drafts(core: Core, n: number, prefix: string): Promise<void> {
  for (let i = 0; i < n; i += 1) await core.cases.createDraft({ applicant: { name: `${prefix}${i}` } });
}

describe('an anchor hand-written from the database, newest rows cut', () => {
  it('without the checkpoint flag and with the checkpoint deleted: a recorded break', async () => {
    const t = probe.current();
    await drafts(t.core, 6, 'n');
    await t.core.close();
    const anchor = await withRaw(t.dataDir, (db) => {
      db.prepare(`DELETE FROM meta WHERE key = 'audit-checkpoint'`).run();
      return cutTo(db, 3);
    });
    await t.secrets.set(AUDIT_ANCHOR_SECRET, JSON.stringify(anchor)); // no `checkpointed`
    expect(await verifyAt(t.dataDir)).toMatchObject({ ok: false, lastProblem: 'checkpoint-damaged' });
    t.core = await openAt(t.dataDir);
  });

  it('with an older copy of the checkpoint put back: a recorded break', async () => {

    const t = probe.current();
    await drafts(t.core, 2, 'n');
    await t.core.close();
    const older = await withRaw(t.dataDir, savedCheckpoint);
    const olderSeq = (JSON.parse(older) as { seq: number }).seq;
    t.core = await openAt(t.dataDir);
    await drafts(t.core, 5, 'm');
    await t.core.close();
    const anchor = await withRaw(t.dataDir, (db) => {
      putCheckpoint(db, older);
      return cutTo(db, olderSeq + 2);
    });
    await t.secrets.set(AUDIT_ANCHOR_SECRET, JSON.stringify({ ...anchor, checkpointed: true }));
    expect(await verifyAt(t.dataDir)).toMatchObject({ ok: false, lastProblem: 'anchor-garbled' }); // not signed under the chain key
    t.core = await openAt(t.dataDir);
  });
});

describe('the checkpoint a restore wrote, put back with an anchor naming the replaced store', () => {
  async function restoredThenUsed(): Promise<{ target: string; checkpoint: string; head: number; replaced: { store: string; seq: number; hash: string } }> {
    const t = probe.current();
    await drafts(t.core, 2, 'n');
    const file = path.join(tempDir('salvage-bk-'), 'b.sdbackup');
    await t.core.exportBackup(file, PASS);
    await t.core.close();
    const target = path.join(tempDir('salvage-restored-'), 'data');
    await restoreBackup({ dataDir: target, secrets: t.secrets, path: file, passphrase: PASS });
    const saved = await withRaw(target, (db) => {
      const details = db.prepare(`SELECT details FROM audit WHERE action = 'backup' ORDER BY seq DESC LIMIT 1`).pluck().get() as string;
      const d = JSON.parse(details) as { replacedStore: string; replacedSeq: number };
      return { checkpoint: savedCheckpoint(db), head: Number(db.prepare('SELECT max(seq) FROM audit').pluck().get()), store: d.replacedStore, seq: d.replacedSeq };
    });
    const replacedHash = await withRaw(t.dataDir, (db) => db.prepare('SELECT hash FROM audit WHERE seq = ?').pluck().get(saved.seq) as string);
    const core = await openAt(target);
    await drafts(core, 4, 'm');
    await core.close();
    return { target, checkpoint: saved.checkpoint, head: saved.head, replaced: { store: saved.store, seq: saved.seq, hash: replacedHash } };
  }

  it('any seq and hash of the replaced store, rows since the restore cut: a recorded break', async () => {

    const t = probe.current();
    const r = await restoredThenUsed();
    await withRaw(r.target, (db) => {
      putCheckpoint(db, r.checkpoint);
      cutTo(db, r.head);
    });
    await t.secrets.set(AUDIT_ANCHOR_SECRET, JSON.stringify({ store: r.replaced.store, seq: 1, hash: 'f'.repeat(64), checkpointed: true }));
    expect(await verifyAt(r.target)).toMatchObject({ ok: false, lastProblem: 'replaced' });
    t.core = await openAt(t.dataDir);
  });

  it('the replaced anchor rebuilt from the replaced data, rows since the restore cut: a recorded break', async () => {

    const t = probe.current();
    const r = await restoredThenUsed();
    await withRaw(r.target, (db) => {
      putCheckpoint(db, r.checkpoint);
      cutTo(db, r.head);
    });
    await t.secrets.set(AUDIT_ANCHOR_SECRET, JSON.stringify({ ...r.replaced, checkpointed: true }));
    expect(await verifyAt(r.target)).toMatchObject({ ok: false, lastProblem: 'replaced' });
    t.core = await openAt(t.dataDir);
  });

  it('the replaced anchor put back while the rows since the restore are still there: a recorded break', async () => {

    const t = probe.current();
    const r = await restoredThenUsed();
    await withRaw(r.target, (db) => putCheckpoint(db, r.checkpoint));
    await t.secrets.set(AUDIT_ANCHOR_SECRET, JSON.stringify({ ...r.replaced, checkpointed: true }));
    expect(await verifyAt(r.target)).toMatchObject({ ok: false, lastProblem: 'replaced' });
    t.core = await openAt(t.dataDir);
  });
});

describe('the restore\'s first open, and only it, accepts the replaced store\'s later anchor', () => {
  /** Restored into another folder while the data is open, as the desk does; then that data closes. */
  async function restoredWhileOpen(t: TestCore): Promise<string> {
    await drafts(t.core, 2, 'n');
    const file = path.join(tempDir('salvage-bk-'), 'b.sdbackup');
    await t.core.exportBackup(file, PASS);
    const target = path.join(tempDir('salvage-restored-'), 'data');
    await restoreBackup({ dataDir: target, secrets: t.secrets, path: file, passphrase: PASS });
    await t.core.close(); // anchors the replaced store once more, later than the restore recorded
    return target;
  }

  it('restored while the replaced data is open (as the desk does), that data closed after: the first open is clean', async () => {
    const t = probe.current();
    const target = await restoredWhileOpen(t);
    expect(await verifyAt(target)).toMatchObject({ ok: true, lastProblem: null });
    expect(await t.secrets.get(RESTORE_TOKEN_SECRET)).toBeNull(); // used up
    t.core = await openAt(t.dataDir);
  });

  it('the restore checkpoint put back later, with an anchor the app wrote by opening the replaced folder again: a recorded break', async () => {
    const t = probe.current();
    const target = await restoredWhileOpen(t);
    const saved = await withRaw(target, (db) => ({ checkpoint: savedCheckpoint(db), head: Number(db.prepare('SELECT max(seq) FROM audit').pluck().get()) }));
    let core = await openAt(target);
    await drafts(core, 4, 'hidden');
    await core.close();
    core = await openAt(t.dataDir); // the before-restore folder, opened with the app once: a signed anchor of the replaced store
    await core.close();
    await withRaw(target, (db) => {
      putCheckpoint(db, saved.checkpoint);
      cutTo(db, saved.head);
    });
    expect(await verifyAt(target)).toMatchObject({ ok: false, lastProblem: 'replaced' });
    t.core = await openAt(t.dataDir);
  });
});

/**
 * The data as the version before signed anchors left it: schema 10, rows (one of them its
 * redaction of legacy entries, at seq 4), a checkpoint and an unsigned anchor, no format entry.
 */
async function previousVersionStore(t: TestCore): Promise<{ store: string; seq: number; hash: string }> {
  await t.core.close();
  const chainKey = (await t.secrets.get(AUDIT_KEY_SECRET))!;
  const anchor = await withRaw(t.dataDir, (db) => {
    db.prepare('DELETE FROM audit').run();
    db.prepare(`DELETE FROM meta WHERE key = 'audit-format-seq'`).run();
    const log = createAuditLog(db, chainKey, () => t.clock.now);
    for (let i = 0; i < 3; i += 1) log.append({ action: 'create', operator: 'system', details: { i } });
    log.append({ action: 'audit-redact', operator: 'system', details: { handOverReferences: 0, rotationReasons: 0 } });
    const store = db.prepare(`SELECT value FROM meta WHERE key = 'store-id'`).pluck().get() as string;
    writeCheckpoint(db, chainKey, store, { ...log.walker.walk(START), restoredOver: null });
    asEarlierSchema(db);
    return { store, ...log.head() };
  });
  await t.secrets.set(AUDIT_ANCHOR_SECRET, JSON.stringify({ ...anchor, checkpointed: true }));
  return anchor;
}

describe('a store as the version before signed anchors left it', () => {
  it('upgrades with its one legacy break, then anchors signed and records its form; cut after that, it is a break', async () => {
    const t = probe.current();
    const anchor = await previousVersionStore(t);
    expect(await verifyAt(t.dataDir)).toMatchObject({ ok: false, lastProblem: 'legacy-unverified' });
    expect(JSON.parse((await t.secrets.get(AUDIT_ANCHOR_SECRET))!)).toMatchObject({ store: anchor.store, mac: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const marked = await withRaw(t.dataDir, (db) => db.prepare(`SELECT seq FROM audit WHERE action = 'audit-format'`).pluck().all() as number[]);
    expect(marked).toEqual([6]); // after the legacy break (seq 5)

    const core = await openAt(t.dataDir);
    await drafts(core, 3, 'n');
    await core.close();
    const handWritten = await withRaw(t.dataDir, (db) => {
      db.prepare(`DELETE FROM meta WHERE key = 'audit-checkpoint'`).run();
      return cutTo(db, marked[0]! + 1);
    });
    await t.secrets.set(AUDIT_ANCHOR_SECRET, JSON.stringify(handWritten));
    expect(await verifyAt(t.dataDir)).toMatchObject({ ok: false, lastProblem: 'checkpoint-damaged' });
    t.core = await openAt(t.dataDir);
  });

  it('cut before this version opened it, the checkpoint deleted and an unflagged anchor written: its redaction entry says a checkpoint existed', async () => {
    const t = probe.current();
    await previousVersionStore(t);
    const handWritten = await withRaw(t.dataDir, (db) => {
      db.prepare(`DELETE FROM meta WHERE key = 'audit-checkpoint'`).run();
      return cutTo(db, 4);
    });
    await t.secrets.set(AUDIT_ANCHOR_SECRET, JSON.stringify(handWritten));
    expect(await verifyAt(t.dataDir)).toMatchObject({ ok: false, lastProblem: 'checkpoint-damaged' });
    t.core = await openAt(t.dataDir);
  });
});
