import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCore } from '../../../../src-main/core';
import { scheduleDaily } from '../../../../src-main/core/retention/schedule';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { deliver, startDesk } from '../deliver-through-desk';
import { openTestCore, type TestCore } from '../open-test-core';

let t: TestCore;
let desk: Awaited<ReturnType<typeof startDesk>>;
beforeEach(async () => {
  t = await openTestCore();
  desk = await startDesk(t.core);
});
afterEach(async () => {
  await desk.stop();
  await t.cleanup();
});

// TEST_NOW is 2026-05-01T03:00Z; completeCase() departs 2026-03-31, so its deadline is 2026-09-28.
const day = (n: number) => new Date(Date.parse('2026-05-01T03:00:00Z') + n * 86_400_000);
const at = (iso: string) => new Date(iso);

async function finalized(account: string, name: string): Promise<string> {
  const c = completeCase();
  const d = await t.core.cases.createDraft({ ...c, applicant: { ...c.applicant, utokyoAccount: account, name } });
  await t.core.cases.finalize(d.id, { operator: '窓口' });
  return d.id;
}

describe('retention policy covers every state', () => {
  it('delivered and discarded after retentionDays; stuck cases after their deadline; drafts 30 days after the deadline or 180 days untouched', async () => {
    await t.core.settings.update({ retentionDays: 60 });
    const delivered = await finalized('1111111111', '保存 満了子');
    await deliver(t.core, delivered);
    const stuck = await finalized('2222222222', '確定 止子'); // finalized, never sent
    const discarded = await t.core.cases.createDraft({ applicant: { name: '破棄 下書子' } });
    await t.core.cases.discard(discarded.id);
    const dated = await t.core.cases.createDraft({ applicant: { name: '期限 有子' }, eligibility: { departureDate: '2026-03-31' } });
    const undated = await t.core.cases.createDraft({ applicant: { name: '期限 無子' } });

    t.clock.now = day(59);
    expect(await t.core.previewPurge()).toEqual({ cases: 0, byStatus: {}, oldRestoreFolders: 0, lastFailure: null });
    t.clock.now = day(61);
    expect(await t.core.previewPurge()).toEqual({ cases: 2, byStatus: { delivered: 1, discarded: 1 }, oldRestoreFolders: 0, lastFailure: null });
    expect(await t.core.purgeNow({ operator: '係長' })).toEqual({ purged: 2, folders: 0, notErased: 0 });
    expect((await t.core.cases.get(discarded.id)).input).toEqual({});
    expect((await t.core.cases.get(delivered)).input).toEqual({ applicant: { facultyCode: 'engineering' }, request: { services: ['eccs-mail'] } });

    t.clock.now = at('2026-10-28T02:00:00Z'); // 180 days untouched minus an hour; dated draft: deadline + 30 days not over
    expect(await t.core.purgeExpired()).toEqual({ purged: 0 });
    t.clock.now = at('2026-10-28T15:00:00Z'); // both drafts due now
    expect(await t.core.previewPurge()).toMatchObject({ cases: 2, byStatus: { draft: 2 } });
    expect(await t.core.purgeExpired()).toEqual({ purged: 2 });
    for (const id of [dated.id, undated.id]) expect((await t.core.cases.get(id)).input).toEqual({});

    t.clock.now = at('2026-11-27T14:00:00Z'); // the finalized case: deadline 09-28 + 60 days, end of that Tokyo day
    expect(await t.core.purgeExpired()).toEqual({ purged: 0 });
    t.clock.now = at('2026-11-27T15:00:00Z');
    // Also shortly after every open (after the first screen, so the open itself stays quick).
    await t.core.close();
    t.core = await openCore({ dataDir: t.dataDir, secrets: t.secrets, now: () => t.clock.now, profilePath: null, afterOpenDelayMs: 0 });
    for (let i = 0; i < 200 && (await t.core.cases.get(stuck)).input.applicant?.name !== undefined; i += 1) await new Promise((r) => setTimeout(r, 10));
    expect((await t.core.cases.get(stuck)).input.applicant?.name).toBeUndefined();
    expect(await t.core.cases.list({ query: '止子' })).toEqual([]);
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true, problem: null });
  });

  it('removes before-restore folders 30 days after the restore', async () => {
    const old = `${t.dataDir}.before-restore-2026-03-01T00-00-00-000Z`;
    const recent = `${t.dataDir}.before-restore-2026-04-20T00-00-00-000Z`;
    for (const d of [old, recent]) fs.mkdirSync(d);
    fs.writeFileSync(`${old}/salvage-desk.db`, 'old data');
    try {
      expect((await t.core.previewPurge()).oldRestoreFolders).toBe(1);
      expect(await t.core.purgeNow({ operator: '係長' })).toEqual({ purged: 0, folders: 1, notErased: 0 });
      expect([fs.existsSync(old), fs.existsSync(recent)]).toEqual([false, true]);
    } finally {
      fs.rmSync(recent, { recursive: true, force: true });
    }
  });
});

describe('daily schedule', () => {
  it('runs the task every 24 hours until stopped, surviving a failure', () => {
    vi.useFakeTimers();
    try {
      const task = vi.fn().mockImplementationOnce(() => {
        throw new Error('busy');
      });
      const stop = scheduleDaily(task);
      vi.advanceTimersByTime(24 * 3_600_000 - 1);
      expect(task).toHaveBeenCalledTimes(0);
      vi.advanceTimersByTime(1);
      vi.advanceTimersByTime(24 * 3_600_000);
      expect(task).toHaveBeenCalledTimes(2);
      stop();
      vi.advanceTimersByTime(3 * 24 * 3_600_000);
      expect(task).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
