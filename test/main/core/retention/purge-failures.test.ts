// A retention run that meets a case it cannot read or cannot erase: every other due case is still
// erased, the damaged one erases to nothing, one that cannot be erased stays and is named in the
// audit trail, and Settings is told that the run fell short until a later run completes.
import { afterEach, describe, expect, it } from 'vitest';
import { purgeRunner } from '../../../../src-main/core/retention/purge-runner';
import type { PurgeDeps } from '../../../../src-main/core/retention/purge';
import type { AuditEvent } from '../../../../src-main/core/context';
import { openTestCore, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';

const DAY = 86_400_000;
let t: TestCore;
afterEach(async () => { await t?.cleanup(); });

/** Runs `change` on the raw database while the core is closed, then opens the core again. */
async function behindTheCore(change: (db: Awaited<ReturnType<typeof rawDb>>) => void): Promise<void> {
  await t.core.close();
  const db = await rawDb(t.dataDir, t.secrets);
  change(db);
  db.close();
  await t.reopen();
}

/** A change made through a second connection while the core stays open (as a planted trigger
 * would act between two opens: the next open finds it and takes it out as a recorded break). */
async function alongsideTheCore(change: (db: Awaited<ReturnType<typeof rawDb>>) => void): Promise<void> {
  const db = await rawDb(t.dataDir, t.secrets);
  try {
    change(db);
  } finally {
    db.close();
  }
}

async function rawRows<T>(query: (db: Awaited<ReturnType<typeof rawDb>>) => T): Promise<T> {
  let out!: T;
  await behindTheCore((db) => { out = query(db); });
  return out;
}

describe('a case whose stored input is not JSON', () => {
  it('stops nothing: it is erased to nothing and so is every other due case', async () => {
    t = await openTestCore();
    const victim = await t.core.cases.createDraft({ applicant: { name: '残存 花子', contactEmail: 'zanzon@example.com' } }, { operator: '窓口' });
    const damaged = await t.core.cases.createDraft({ applicant: { name: '壊れ 太郎' } }, { operator: '窓口' });
    await behindTheCore((db) => { db.prepare(`UPDATE cases SET input = '{"applicant":{"name":"壊れ 太郎"' WHERE id = ?`).run(damaged.id); });
    t.clock.now = new Date(t.clock.now.getTime() + 400 * DAY);
    expect(await t.core.purgeNow({ operator: '係長' })).toEqual({ purged: 2, folders: 0, notErased: 0 });
    expect((await t.core.previewPurge()).lastFailure).toBeNull();
    const rows = await rawRows((db) => db.prepare('SELECT id, input, summary, purged_at FROM cases ORDER BY id').all() as { id: string; input: string; summary: string; purged_at: string | null }[]);
    for (const r of rows) {
      expect(r).toMatchObject({ input: '{}', purged_at: expect.any(String) });
      expect(r.summary).not.toMatch(/残存|花子|壊れ|太郎|zanzon/);
    }
    expect(rows.map((r) => r.id).sort()).toEqual([victim.id, damaged.id].sort());
  });

  it('a finalized case whose input reads as something else keeps only what erasure keeps, and only when it is well-formed', async () => {
    t = await openTestCore();
    const d = await t.core.cases.createDraft({ applicant: { name: '形 違子' } }, { operator: '窓口' });
    await behindTheCore((db) => {
      db.prepare(`UPDATE cases SET input = ?, status = 'discarded', discarded_at = updated_at WHERE id = ?`).run('null', d.id);
    });
    t.clock.now = new Date(t.clock.now.getTime() + 800 * DAY);
    expect((await t.core.purgeNow({ operator: '係長' })).notErased).toBe(0);
    expect((await t.core.cases.get(d.id)).input).toEqual({});
  });
});

describe('a case that cannot be erased', () => {
  /** Two old drafts; the second one's row refuses every update (as a damaged page or a planted trigger would). */
  async function oneStuck(): Promise<{ erased: string; stuck: string }> {
    t = await openTestCore();
    const erased = await t.core.cases.createDraft({ applicant: { name: '消去 花子' } }, { operator: '窓口' });
    const stuck = await t.core.cases.createDraft({ applicant: { name: '残留 次郎' } }, { operator: '窓口' });
    await alongsideTheCore((db) => {
      db.exec(`CREATE TRIGGER stuck_case BEFORE UPDATE ON cases WHEN old.id = '${stuck.id}' BEGIN SELECT RAISE(ABORT, 'stuck'); END`);
    });
    t.clock.now = new Date(t.clock.now.getTime() + 400 * DAY);
    return { erased: erased.id, stuck: stuck.id };
  }

  it('does not keep the others from being erased; the run says how many were left, the trail names the case', async () => {
    const { erased, stuck } = await oneStuck();
    expect(await t.core.purgeNow({ operator: '係長' })).toEqual({ purged: 1, folders: 0, notErased: 1 });
    expect((await t.core.cases.get(erased)).purgedAt).not.toBeNull();
    expect((await t.core.cases.get(stuck)).purgedAt).toBeNull();
    expect((await t.core.previewPurge()).lastFailure).toEqual({ at: t.clock.now.toISOString(), cases: 1, folders: 0, snapshots: 0, walPending: false });
    expect((await t.core.getAuditStatus()).purgeFailure).toEqual({ at: t.clock.now.toISOString(), cases: 1, folders: 0, snapshots: 0, walPending: false }); // the app-wide banner
    const stuckNumber = (await t.core.cases.get(stuck)).caseNumber;
    await alongsideTheCore((db) => { db.exec('DROP TRIGGER stuck_case'); });
    const entries = await rawRows((db) => db.prepare(`SELECT case_id, details FROM audit WHERE action = 'purge' ORDER BY seq`).all() as { case_id: string | null; details: string }[]);
    expect(entries.find((e) => e.case_id === stuck)?.details).toBe(JSON.stringify({ caseNumber: stuckNumber, erased: false, status: 'draft' }));
    expect(entries.some((e) => e.case_id === null && JSON.parse(e.details).complete === false && JSON.parse(e.details).notErased === 1)).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('残留');
    expect((await t.core.verifyAudit()).ok).toBe(true);
  });

  it('an automatic run that falls short is shown too, and a later complete run clears it', async () => {
    const { stuck } = await oneStuck();
    expect(await t.core.purgeExpired()).toEqual({ purged: 1 });
    expect((await t.core.previewPurge()).lastFailure).toMatchObject({ cases: 1 });
    await alongsideTheCore((db) => { db.exec('DROP TRIGGER stuck_case'); });
    await t.reopen();
    expect((await t.core.previewPurge()).lastFailure).toBeNull(); // a new session: the open's own run has not come yet
    await t.core.purgeExpired();
    expect((await t.core.cases.get(stuck)).purgedAt).not.toBeNull();
    expect((await t.core.previewPurge()).lastFailure).toBeNull();
    expect((await t.core.getAuditStatus()).purgeFailure).toBeNull();
  });
});

describe('a run that stops as a whole', () => {
  it('is recorded as incomplete, reported to Settings, and the error still reaches the caller', () => {
    const audited: AuditEvent[] = [];
    let after = 0;
    const broken = { prepare: () => { throw new Error('database disk image is malformed'); } };
    const deps = {
      db: broken, dataDir: '/nonexistent', now: () => new Date('2027-05-01T03:00:00Z'), audit: (e: AuditEvent) => { audited.push(e); },
      destroyCaseKey: () => undefined, settings: () => ({ retentionDays: 365 }),
    } as unknown as PurgeDeps;
    const runner = purgeRunner(deps, () => { after++; });
    expect(() => runner.run('係長')).toThrow('malformed');
    expect(runner.lastFailure()).toEqual({ at: '2027-05-01T03:00:00.000Z', cases: null, folders: 0, snapshots: 0, walPending: false });
    expect(audited).toEqual([{ action: 'purge', operator: '係長', details: { complete: false, stopped: true } }]);
    expect(after).toBe(1);
  });
});
