// A backup does not carry the audit chain key. A restored trail is verified under the restoring
// PC's own key: a backup made on this PC restores clean; one from another PC, an older backup (no
// signed head; a key it carried is ignored), or a trail edited by someone holding the backup and
// its passphrase is adopted with exactly one recorded break, shown until staff acknowledge it and
// not reported again.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memorySecretStore, openCore, restoreBackup, type Core, type SecretStore } from '../../../../src-main/core';
import { AUDIT_KEY_SECRET } from '../../../../src-main/core/audit/audit-secrets';
import { entryBody, GENESIS, type AuditRow } from '../../../../src-main/core/audit/chain-walk';
import { sha256Hex } from '../../../../src-main/core/audit/hash';
import { relinkAudit } from '../../../../src-main/core/audit/relink';
import { openBackup, sealBackup } from '../../../../src-main/core/backup/backup-format';
import { tempDir, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';
import { backupOfThreeDrafts, editBackupFile } from './edit-backup';
import { sealLegacyBackup } from './legacy-backup';

const PASS = 'correct horse battery staple';
let t: TestCore;
let file: string;
beforeEach(async () => {
  ({ t, file } = await backupOfThreeDrafts(PASS));
});
afterEach(async () => {
  await t.cleanup();
});

type Raw = Database.Database;

/** Whoever holds the backup and its passphrase opens it, edits the database, and seals it again (only the database and its key). */
const editBackup = (edit: (db: Raw) => void, seal: (c: { databaseKey: string; database: Buffer }) => Promise<Buffer>): Promise<void> =>
  editBackupFile(file, PASS, edit, (c) => seal({ databaseKey: c.databaseKey, database: c.database }));


const sealNew = (c: { databaseKey: string; database: Buffer }) => sealBackup(c, PASS, new Date().toISOString());

async function restoreWith(secrets: SecretStore): Promise<{ core: Core; target: string }> {
  const target = path.join(tempDir('salvage-restored-'), 'data');
  await restoreBackup({ dataDir: target, secrets, path: file, passphrase: PASS, operator: '係長' });
  return { core: await openCore({ dataDir: target, secrets, now: () => t.clock.now, profilePath: null }), target };
}

/** Another PC that already has its own chain key. */
async function anotherPc(): Promise<SecretStore> {
  const secrets = memorySecretStore();
  const own = await openCore({ dataDir: tempDir('salvage-own-'), secrets, profilePath: null });
  await own.close();
  return secrets;
}

async function breakDetails(target: string, secrets: SecretStore): Promise<Record<string, unknown>[]> {
  const db = await rawDb(target, secrets);
  try {
    return (db.prepare(`SELECT details FROM audit WHERE action = 'audit-break' ORDER BY seq`).pluck().all() as string[]).map((d) => JSON.parse(d) as Record<string, unknown>);
  } finally {
    db.close();
  }
}

describe('a backup does not carry the chain key', () => {
  it('holds no copy of it, in clear or in the key slot', async () => {
    const chainKey = (await t.secrets.get(AUDIT_KEY_SECRET))!;
    const contents = await openBackup(fs.readFileSync(file), PASS);
    expect(Object.keys(contents).sort()).toEqual(['database', 'databaseKey', 'head']);
    expect(JSON.stringify(contents.head)).not.toContain(chainKey);
    expect(contents.databaseKey).toMatch(/^[0-9a-f]{64}$/);
    expect(contents.database.includes(Buffer.from(chainKey))).toBe(false);
  });
});

describe('restoring on the PC that made the backup', () => {
  it('verifies clean under its own key: no break', async () => {
    const { core } = await restoreWith(t.secrets);
    try {
      expect(await core.verifyAudit()).toMatchObject({ ok: true, problem: null, recordedBreaks: 0 });
      expect(await core.getAuditStatus()).toMatchObject({ unacknowledged: 0 });
    } finally {
      await core.close();
    }
  });

  it('an edited trail is a recorded break, even for someone holding the passphrase', async () => {
    await editBackup((db) => db.prepare(`UPDATE audit SET operator = 'forged' WHERE seq = 2`).run(), sealNew);
    const { core, target } = await restoreWith(t.secrets);
    try {
      expect(await core.verifyAudit()).toMatchObject({ ok: false, recordedBreaks: 1 });
      expect(await core.getAuditStatus()).toMatchObject({ unacknowledged: 1, lastProblem: 'restore-unverified' });
    } finally {
      await core.close();
    }
    const [entry] = await breakDetails(target, t.secrets);
    expect(entry).toMatchObject({ problem: 'restore-unverified', firstBroken: 2, unverifiedFrom: 2 });
    expect(JSON.stringify(entry)).not.toMatch(/n\d|forged/); // seqs only, nothing from the rows
  });

  it('an edit re-linked under a key of the editor\'s choosing, carried the old way, is still a break', async () => {
    const theirs = randomBytes(32).toString('hex');
    await editBackup((db) => {
      db.prepare(`UPDATE audit SET operator = 'forged' WHERE seq = 2`).run();
      db.prepare(`DELETE FROM meta WHERE key = 'audit-checkpoint'`).run();
      relinkAudit(db, theirs);
    }, (c) => sealLegacyBackup(c, theirs, PASS));
    const { core } = await restoreWith(t.secrets);
    try {
      expect(await core.verifyAudit()).toMatchObject({ ok: false, recordedBreaks: 1 });
    } finally {
      await core.close();
    }
    expect(await t.secrets.get(AUDIT_KEY_SECRET)).not.toBe(theirs); // the carried key never enters the keychain
  });

  it('an edited trail re-linked without a key, as the oldest versions did, is still a break', async () => {
    await editBackup((db) => {
      db.prepare(`UPDATE audit SET operator = 'forged' WHERE seq = 2`).run();
      db.prepare(`DELETE FROM meta WHERE key = 'audit-checkpoint'`).run();
      let prev = GENESIS;
      for (const r of db.prepare('SELECT * FROM audit ORDER BY seq').all() as AuditRow[]) {
        const hash = sha256Hex(`${prev}\n${entryBody(r)}`);
        db.prepare('UPDATE audit SET prev_hash = ?, hash = ?, keyed = 0 WHERE seq = ?').run(prev, hash, r.seq);
        prev = hash;
      }
    }, sealNew);
    const { core, target } = await restoreWith(t.secrets);
    try {
      expect(await core.verifyAudit()).toMatchObject({ ok: false, recordedBreaks: 1 });
    } finally {
      await core.close();
    }
    expect(await breakDetails(target, t.secrets)).toMatchObject([{ problem: 'restore-unverified', unverifiedFrom: 1 }]);
  });

  it('an older backup (no signed head; the key it carried is ignored) restores with one break', async () => {
    await editBackup(() => undefined, (c) => sealLegacyBackup(c, 'ab'.repeat(32), PASS));
    const { core } = await restoreWith(t.secrets);
    try {
      expect(await core.verifyAudit()).toMatchObject({ ok: false, recordedBreaks: 1 });
      expect(await core.getAuditStatus()).toMatchObject({ unacknowledged: 1, lastProblem: 'restore-unverified' });
    } finally {
      await core.close();
    }
  });
});

describe('restoring on another PC', () => {
  it('adopts the data with exactly one break, shown until acknowledged and not reported again', async () => {
    const secrets = await anotherPc();
    // The backup holds every row before the export's own entry, which is written after it.
    const head = -1 + Number((await rawDb(t.dataDir, t.secrets).then((db) => {
      try {
        return db.prepare('SELECT max(seq) FROM audit').pluck().get();
      } finally {
        db.close();
      }
    })));
    const restored = await restoreWith(secrets);
    const { target } = restored;
    let { core } = restored;
    try {
      expect((await core.cases.list()).length).toBe(3);
      expect(await core.verifyAudit()).toMatchObject({ ok: false, problem: null, recordedBreaks: 1 });
      expect(await core.getAuditStatus()).toMatchObject({ recordedBreaks: 1, unacknowledged: 1, lastProblem: 'restore-unverified' });
      expect(await core.acknowledgeAuditBreaks({ operator: '係長', through: (await core.getAuditStatus()).lastBreak })).toMatchObject({ recordedBreaks: 1, unacknowledged: 0 });
      await core.cases.createDraft({ applicant: { name: 'later' } });
    } finally {
      await core.close();
    }
    core = await openCore({ dataDir: target, secrets, now: () => t.clock.now, profilePath: null });
    try {
      expect(await core.verifyAudit()).toMatchObject({ problem: null, firstBroken: null, recordedBreaks: 1 });
      expect(await core.getAuditStatus()).toMatchObject({ recordedBreaks: 1, unacknowledged: 0 });
    } finally {
      await core.close();
    }
    const entries = await breakDetails(target, secrets);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ problem: 'restore-unverified', unverifiedTo: head });
  });

  it('an older backup carrying the other PC\'s key: the key is ignored, one break, this PC\'s key kept', async () => {
    const secrets = await anotherPc();
    const ownKey = await secrets.get(AUDIT_KEY_SECRET);
    const carried = (await t.secrets.get(AUDIT_KEY_SECRET))!;
    await editBackup(() => undefined, (c) => sealLegacyBackup(c, carried, PASS));
    const { core } = await restoreWith(secrets);
    try {
      expect(await core.verifyAudit()).toMatchObject({ ok: false, recordedBreaks: 1 });
    } finally {
      await core.close();
    }
    expect(await secrets.get(AUDIT_KEY_SECRET)).toBe(ownKey);
  });

  it('a PC with no chain key yet makes its own, never the one an older backup carried', async () => {
    const secrets = memorySecretStore();
    const carried = (await t.secrets.get(AUDIT_KEY_SECRET))!;
    await editBackup(() => undefined, (c) => sealLegacyBackup(c, carried, PASS));
    const { core } = await restoreWith(secrets);
    try {
      expect(await core.getAuditStatus()).toMatchObject({ recordedBreaks: 1, unacknowledged: 1 });
    } finally {
      await core.close();
    }
    expect(await secrets.get(AUDIT_KEY_SECRET)).toMatch(/^[0-9a-f]{64}$/);
    expect(await secrets.get(AUDIT_KEY_SECRET)).not.toBe(carried);
  });
});
