// Whoever holds a backup made on this PC and its passphrase (not the chain key) can cut the newest
// audit rows out of it and seal it again: what is left is a genuine prefix that verifies under this
// PC's key. The backup names its head signed under a key derived from the chain key, so such a
// restore is adopted with a recorded break, never as verified. An untouched backup restores clean.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, restoreBackup, type Core } from '../../../../src-main/core';
import { AUDIT_KEY_SECRET } from '../../../../src-main/core/audit/audit-secrets';
import { openBackup, sealBackup } from '../../../../src-main/core/backup/backup-format';
import { openTestCore, tempDir, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';
import { editBackupFile, type Reseal } from './edit-backup';
import { sealLegacyBackup } from './legacy-backup';

const PASS = 'correct horse battery staple';
let t: TestCore;
let file: string;
beforeEach(async () => {
  t = await openTestCore();
  for (let i = 0; i < 3; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
  await t.core.close();
  t.core = await openCore({ dataDir: t.dataDir, secrets: t.secrets, now: () => t.clock.now, profilePath: null });
  for (let i = 0; i < 3; i += 1) await t.core.cases.createDraft({ applicant: { name: `m${i}` } });
  file = path.join(tempDir('salvage-bk-'), 'b.sdbackup');
  await t.core.exportBackup(file, PASS);
});
afterEach(async () => {
  await t.cleanup();
});

type Raw = Database.Database;

/** Keeps whatever the opened backup carried (its signed head too) and seals it again. */
const resealAsItCame: Reseal = (c) => sealBackup(c, PASS, new Date().toISOString());

/** Opens the backup with its passphrase, edits the database, and seals it again. */
const editBackup = (edit: (db: Raw) => void, seal: Reseal = resealAsItCame): Promise<void> => editBackupFile(file, PASS, edit, seal);


/** Every row after the first keyed one, and the checkpoint, cut away: a prefix that verifies. */
function cutAfterFirstKeyed(db: Raw): void {
  const firstKeyed = Number(db.prepare('SELECT min(seq) FROM audit WHERE keyed = 1').pluck().get());
  db.prepare('DELETE FROM audit WHERE seq > ?').run(firstKeyed);
  db.prepare(`DELETE FROM meta WHERE key = 'audit-checkpoint'`).run();
}

/** Only the newest row cut; the checkpoint (at or below it) stays. */
function cutNewestRow(db: Raw): void {
  db.prepare('DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)').run();
}

async function restoreHere(): Promise<{ core: Core; target: string }> {
  const target = path.join(tempDir('salvage-restored-'), 'data');
  await restoreBackup({ dataDir: target, secrets: t.secrets, path: file, passphrase: PASS, operator: '係長' });
  return { core: await openCore({ dataDir: target, secrets: t.secrets, now: () => t.clock.now, profilePath: null }), target };
}

async function rows(target: string, action: string): Promise<Record<string, unknown>[]> {
  const db = await rawDb(target, t.secrets);
  try {
    const all = db.prepare('SELECT details FROM audit WHERE action = ? ORDER BY seq').pluck().all(action) as string[];
    return all.map((d) => JSON.parse(d) as Record<string, unknown>);
  } finally {
    db.close();
  }
}

/** The restore is on record as unverified, with one break shown until staff acknowledge it. */
async function expectUnverifiedRestore(): Promise<void> {
  await t.core.close();
  const { core, target } = await restoreHere();
  try {
    expect(await core.verifyAudit()).toMatchObject({ ok: false, recordedBreaks: 1 });
    expect(await core.getAuditStatus()).toMatchObject({ unacknowledged: 1, lastProblem: 'restore-unverified' });
    expect(await core.acknowledgeAuditBreaks({ operator: '係長', through: (await core.getAuditStatus()).lastBreak })).toMatchObject({ recordedBreaks: 1, unacknowledged: 0 });
  } finally {
    await core.close();
    t.core = await openCore({ dataDir: t.dataDir, secrets: t.secrets, now: () => t.clock.now, profilePath: null });
  }
  const restore = (await rows(target, 'backup')).filter((d) => d.kind === 'restore');
  expect(restore).toMatchObject([{ verified: false, relinked: true }]);
  expect(await rows(target, 'audit-break')).toMatchObject([{ problem: 'restore-unverified' }]);
}

describe('a backup names its audit head, signed under a key only this PC holds', () => {
  it('carries the head of the snapshot, not the chain key', async () => {
    const { head } = await openBackup(fs.readFileSync(file), PASS);
    const chainKey = (await t.secrets.get(AUDIT_KEY_SECRET))!;
    const db = await rawDb(t.dataDir, t.secrets);
    try {
      // The export's own entry is written after the snapshot.
      const newest = Number(db.prepare('SELECT max(seq) FROM audit').pluck().get());
      expect(head).toMatchObject({ seq: newest - 1, hash: db.prepare('SELECT hash FROM audit WHERE seq = ?').pluck().get(newest - 1) });
    } finally {
      db.close();
    }
    expect(JSON.stringify(head)).not.toContain(chainKey);
  });

  it('an untouched backup restores verified, with no break', async () => {
    await t.core.close();
    const { core, target } = await restoreHere();
    try {
      expect(await core.verifyAudit()).toMatchObject({ ok: true, problem: null, recordedBreaks: 0 });
    } finally {
      await core.close();
      t.core = await openCore({ dataDir: t.dataDir, secrets: t.secrets, now: () => t.clock.now, profilePath: null });
    }
    expect((await rows(target, 'backup')).filter((d) => d.kind === 'restore')).toMatchObject([{ verified: true, relinked: false }]);
  });
});

describe('the passphrase-holder cuts the newest rows out of the backup', () => {
  it('every row after the first keyed one and the checkpoint cut, resealed with the head it carried: a break', async () => {
    await editBackup(cutAfterFirstKeyed);
    await expectUnverifiedRestore();
  });

  it('the same cut resealed without any head, like an older backup: a break', async () => {
    await editBackup(cutAfterFirstKeyed, (c) => sealBackup({ databaseKey: c.databaseKey, database: c.database }, PASS, new Date().toISOString()));
    await expectUnverifiedRestore();
  });

  it('only the newest row cut, the checkpoint left in place: a break', async () => {
    await editBackup(cutNewestRow);
    await expectUnverifiedRestore();
  });

  it('the head rewritten to name the cut trail, with the old or a made-up MAC: a break', async () => {
    let cutHead = { seq: 0, hash: '' };
    await editBackup((db) => {
      cutNewestRow(db);
      cutHead = db.prepare('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1').get() as typeof cutHead;
    }, (c) => sealBackup({ ...c, head: { ...c.head!, ...cutHead } }, PASS, new Date().toISOString()));
    await expectUnverifiedRestore();
    await editBackup(() => undefined, (c) => sealBackup({ ...c, head: { ...c.head!, mac: randomBytes(32).toString('hex') } }, PASS, new Date().toISOString()));
    await expectUnverifiedRestore();
  });
});

describe('an older backup (no signed head)', () => {
  it('made on this PC, untouched: restores with exactly one break', async () => {
    const chainKey = (await t.secrets.get(AUDIT_KEY_SECRET))!;
    await editBackup(() => undefined, (c) => sealLegacyBackup(c, chainKey, PASS));
    await expectUnverifiedRestore();
  });
});
