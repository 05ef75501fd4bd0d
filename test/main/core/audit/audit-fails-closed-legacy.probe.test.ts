// A store this version started, made to look like one from before keyed links: the attacker holds
// the data folder, the database key and write access to the keychain (no MACs under the chain
// key). The lenient judgement of an older trail is allowed only in the open that really upgrades
// the database, and even then it is a recorded break; on a database already at this schema it is
// never a pass.
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3-multiple-ciphers';
import { AUDIT_ANCHOR_SECRET } from '../../../../src-main/core/audit/audit-secrets';
import path from 'node:path';
import { openCore, type Core, type SecretStore } from '../../../../src-main/core';
import { tempDir } from '../open-test-core';
import { asEarlierSchema, plainRelink } from './earlier-schema';
import { useProbeCore } from './probe-access';

const probe = useProbeCore();
const { openAt, editRaw, withRaw } = probe;

async function drafts(core: Core, n: number, prefix: string): Promise<void> {
  for (let i = 0; i < n; i += 1) await core.cases.createDraft({ applicant: { name: `${prefix}${i}` } });
}

const forgetFormat = (db: Database.Database) => db.prepare(`DELETE FROM meta WHERE key IN ('audit-checkpoint', 'audit-format-seq')`).run();

/** Opens the data, runs the full check, and reads what the banner shows; closes again. */
async function status(dataDir: string) {
  const core = await openAt(dataDir);
  try {
    const v = await core.verifyAudit();
    return { v, s: await core.getAuditStatus() };
  } finally {
    await core.close();
  }
}

const breaksOn = (dataDir: string) => withRaw(dataDir, (db) => (db.prepare(`SELECT details FROM audit WHERE action = 'audit-break' ORDER BY seq`).pluck().all() as string[])
  .map((d) => JSON.parse(d) as { problem: string; unverifiedFrom?: number; unverifiedTo?: number }));

/**
 * `n` drafts, then with the core closed: the checkpoint and the format entry's hint forgotten, the
 * trail edited, and the anchor replaced by what `edit` returns (null: deleted). Then the data is
 * opened and checked in full: what the check answered, what the banner shows, the breaks on record.
 */
async function tampered(n: number, edit: (db: Database.Database) => string | null) {
  const t = probe.current();
  await drafts(t.core, n, 'n');
  await t.core.close();
  const anchor = await editRaw(t.dataDir, (db) => {
    forgetFormat(db);
    return edit(db);
  });
  await (anchor === null ? t.secrets.delete(AUDIT_ANCHOR_SECRET) : t.secrets.set(AUDIT_ANCHOR_SECRET, anchor));
  const { v, s } = await status(t.dataDir);
  const problems = (await breaksOn(t.dataDir)).map((b) => b.problem);
  t.core = await openAt(t.dataDir);
  return { v, s, problems };
}

describe('a trail of this version re-linked as if from before keyed links', () => {
  it('some rows dropped, the format entry dropped, checkpoint and anchor deleted: a recorded break on the banner', async () => {
    const { v, s, problems } = await tampered(6, (db) => {
      let n = 0;
      plainRelink(db, (r) => r.action === 'audit-format' || (r.action === 'create' && (n += 1) > 3)); // 3 drafts hidden
      return null;
    });
    expect(v.ok).toBe(false);
    expect(s.unacknowledged).toBeGreaterThan(0);
    expect(problems).toEqual(['format-missing', 'anchor-missing', 'checkpoint-damaged']);
  });

  it('the same with an unsigned anchor hand-written for the new head: a recorded break', async () => {
    const { v, s, problems } = await tampered(6, (db) => {
      const store = db.prepare(`SELECT value FROM meta WHERE key = 'store-id'`).pluck().get() as string;
      return JSON.stringify({ store, ...plainRelink(db, (r) => r.action === 'audit-format') });
    });
    expect(v.ok).toBe(false);
    expect(s).toMatchObject({ unacknowledged: 3, lastProblem: 'checkpoint-damaged' });
    expect(problems).toEqual(['format-missing', 'anchor-garbled', 'checkpoint-damaged']);
  });

  it('a plain row named like the format entry does not stand in for it', async () => {
    const { v, problems } = await tampered(3, (db) => {
      plainRelink(db, () => false); // the format entry kept, but re-linked plain
      return null;
    });
    expect(v.ok).toBe(false);
    expect(problems).toContain('format-missing');
  });
});

describe('the whole trail, the checkpoint and the anchor deleted', () => {
  it('is a recorded break on the banner', async () => {
    const { v, s, problems } = await tampered(6, (db) => {
      db.prepare('DELETE FROM audit').run();
      return null;
    });
    expect(v.ok).toBe(false);
    expect(s.unacknowledged).toBe(3);
    expect(problems).toEqual(['format-missing', 'anchor-missing', 'checkpoint-damaged']);
  });
});

describe('a store this version created', () => {
  it('starts its trail with the keyed format entry, and opens clean', async () => {
    const t = probe.current();
    await t.core.close();
    expect(await withRaw(t.dataDir, (db) => db.prepare('SELECT seq, action, keyed FROM audit WHERE seq = 1').get())).toEqual({ seq: 1, action: 'audit-format', keyed: 1 });
    const { v, s } = await status(t.dataDir);
    expect(v).toMatchObject({ ok: true, problem: null, recordedBreaks: 0 });
    expect(s.unacknowledged).toBe(0);
    t.core = await openAt(t.dataDir);
  });
});

describe('a store whose first anchor never reached the keychain', () => {
  it('does not start, and the next start (keychain back) is clean; a keychain that keeps refusing never starts', async () => {
    const t = probe.current();
    const dataDir = path.join(tempDir('salvage-first-'), 'data');
    const refusing: SecretStore = {
      get: (n) => t.secrets.get(n),
      delete: (n) => t.secrets.delete(n),
      set: async (n, v) => (n === AUDIT_ANCHOR_SECRET ? Promise.reject(new Error('keychain gone')) : t.secrets.set(n, v)),
    };
    await t.secrets.delete(AUDIT_ANCHOR_SECRET); // a PC with no store yet
    for (let i = 0; i < 2; i += 1) {
      await expect(openCore({ dataDir, secrets: refusing, now: () => t.clock.now, profilePath: null })).rejects.toMatchObject({ code: 'keychain-unavailable' });
    }
    const { v, s } = await status(dataDir);
    expect(v.ok).toBe(true);
    expect(s.unacknowledged).toBe(0);
    expect(await breaksOn(dataDir)).toEqual([]);
  });
});

describe('a store from before keyed links, upgraded', () => {
  /** The store re-made as schema 10 would hold a trail from before keyed links: plain rows, no anchor, no checkpoint. */
  async function olderStore(dataDir: string): Promise<number> {
    return editRaw(dataDir, (db) => {
      forgetFormat(db);
      const { seq } = plainRelink(db, (r) => r.action === 'audit-format');
      asEarlierSchema(db);
      return seq;
    });
  }

  it('is adopted with one legacy break naming its rows, shown until acknowledged, and not again', async () => {
    const t = probe.current();
    await drafts(t.core, 3, 'n');
    await t.core.close();
    const head = await olderStore(t.dataDir);
    await t.secrets.delete(AUDIT_ANCHOR_SECRET);
    let core = await openAt(t.dataDir);
    expect(await core.getAuditStatus()).toMatchObject({ unacknowledged: 1, lastProblem: 'legacy-unverified' });
    expect(await core.verifyAudit()).toMatchObject({ problem: null, recordedBreaks: 1 });
    await core.acknowledgeAuditBreaks({ operator: '係長', through: (await core.getAuditStatus()).lastBreak });
    await core.close();
    expect(await breaksOn(t.dataDir)).toMatchObject([{ problem: 'legacy-unverified', unverifiedFrom: 1, unverifiedTo: head }]);
    core = await openAt(t.dataDir); // held to this version's rules from now on, and clean
    expect(await core.verifyAudit()).toMatchObject({ problem: null, recordedBreaks: 1 });
    expect((await core.getAuditStatus()).unacknowledged).toBe(0);
    await core.close();
    t.core = await openAt(t.dataDir);
  });

  it('cut after the upgrade, back to the older form with the checkpoint and anchor deleted: a new break', async () => {
    const t = probe.current();
    await drafts(t.core, 3, 'n');
    await t.core.close();
    await olderStore(t.dataDir);
    await t.secrets.delete(AUDIT_ANCHOR_SECRET);
    let core = await openAt(t.dataDir);
    await core.acknowledgeAuditBreaks({ operator: '係長', through: (await core.getAuditStatus()).lastBreak });
    await drafts(core, 3, 'hidden');
    await core.close();
    await editRaw(t.dataDir, (db) => {
      forgetFormat(db);
      plainRelink(db, (r) => r.action === 'audit-format' || r.action === 'audit-break' || r.action === 'audit-ack');
    });
    await t.secrets.delete(AUDIT_ANCHOR_SECRET);
    core = await openAt(t.dataDir);
    expect((await core.getAuditStatus()).unacknowledged).toBeGreaterThan(0);
    expect((await core.verifyAudit()).ok).toBe(false);
    await core.close();
    t.core = await openAt(t.dataDir);
  });
});
