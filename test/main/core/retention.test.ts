import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleDaily } from '../../../src-main/core/retention/schedule';
import { completeCase } from '../../support/fixtures';
import { deliver, startDesk } from './deliver-through-desk';
import { openTestCore, type TestCore } from './open-test-core';
import { rawDb } from './raw-db';

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

const days = (n: number) => new Date(Date.parse('2026-05-01T03:00:00Z') + n * 86_400_000);

async function finalized(account: string, name: string): Promise<string> {
  const c = completeCase();
  const d = await t.core.cases.createDraft({ ...c, applicant: { ...c.applicant, utokyoAccount: account, name } });
  await t.core.cases.finalize(d.id, { operator: '窓口' });
  return d.id;
}

describe('retention', () => {
  it('purges delivered cases after retentionDays and discarded drafts after 30 days, keeping what the ledger and the once-only rule need', async () => {
    const delivered = await finalized('1111111111', '保存 満了子');
    await t.core.cases.amend(delivered, { field: 'applicant.nameKana', value: 'ほぞん まんりょうこ', reason: '読みの追加', by: '窓口' });
    await deliver(t.core, delivered);
    expect((await t.core.cases.get(delivered)).status).toBe('delivered'); // the outbox's status change is visible at once
    const pending = await finalized('2222222222', '送付 待子');
    const discarded = await t.core.cases.createDraft({ applicant: { name: '破棄 下書子' } });
    await t.core.cases.discard(discarded.id);
    const caseNumber = (await t.core.cases.get(delivered)).caseNumber!;

    t.clock.now = days(30);
    expect(await t.core.purgeExpired()).toEqual({ purged: 0 });
    t.clock.now = days(31);
    expect(await t.core.purgeExpired()).toEqual({ purged: 1 });
    expect((await t.core.cases.get(discarded.id)).input).toEqual({});

    t.clock.now = days(366);
    await t.core.settings.update({ retentionDays: 400 });
    expect(await t.core.purgeExpired()).toEqual({ purged: 0 });
    await t.core.settings.update({ retentionDays: 365 });
    await t.reopen(); // purges at open
    const kept = await t.core.cases.get(delivered);
    expect(kept).toMatchObject({ status: 'delivered', caseNumber, amendments: [], input: { applicant: { facultyCode: 'engineering' }, request: { services: ['eccs-mail'] } } });
    expect(await t.core.purgeExpired()).toEqual({ purged: 0 });
    expect((await t.core.cases.get(pending)).input.applicant?.name).toBe('送付 待子');
    expect(await t.core.cases.list({ query: '満了子' })).toEqual([]);
    expect((await t.core.cases.list({ query: caseNumber })).map((c) => c.id)).toEqual([delivered]);

    // Gone from the database pages too (secure delete), not merely unlinked.
    await t.core.close();
    const db = await rawDb(t.dataDir, t.secrets);
    const image = db.serialize();
    const auditActions = db.prepare(`SELECT action FROM audit WHERE action = 'purge'`).pluck().all();
    db.close();
    for (const s of ['保存 満了子', 'ほぞん まんりょうこ', '破棄 下書子', '1111111111', '読みの追加']) expect(image.includes(Buffer.from(s)), s).toBe(false);
    expect(image.includes(Buffer.from('送付 待子'))).toBe(true);
    expect(auditActions).toHaveLength(2);
    await t.reopen();

    // The once-per-service rule still sees the purged, delivered case.
    const again = await t.core.cases.createDraft({ ...completeCase(), applicant: { ...completeCase().applicant, utokyoAccount: '1111111111' } });
    expect((await t.core.cases.evaluate(again.id)).issues.map((i) => i.code)).toContain('services.used-before');
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true });

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
