// Staff acknowledge the breaks the banner showed them, named by the newest one's seq: a break
// recorded after the banner last asked (the background check found another meanwhile) is not
// acknowledged unseen; the acknowledgement is refused, nothing is recorded, and the banner stays.
import { describe, expect, it } from 'vitest';
import { rejection } from '../open-test-core';
import { useProbeCore } from './probe-access';

const probe = useProbeCore();

describe('acknowledging audit breaks', () => {
  it('covers only the breaks up to the one the staff member saw', async () => {
    const t = probe.current();
    await t.core.close();
    await probe.withRaw(t.dataDir, (db) => db.exec('DROP TRIGGER audit_no_delete'));
    t.core = await probe.openAt(t.dataDir);
    const seen = await t.core.getAuditStatus();
    expect(seen).toMatchObject({ unacknowledged: 1, lastProblem: 'schema-changed' });
    // Meanwhile: another change, found by a check before the staff member pressed the button.
    await probe.withRaw(t.dataDir, (db) => db.exec('DROP INDEX audit_case'));
    await t.core.verifyAudit();
    const refused = await rejection(t.core.acknowledgeAuditBreaks({ operator: '係長', through: seen.lastBreak }));
    expect(refused.issues.map((i) => i.code)).toEqual(['audit.newer-break']);
    const now = await t.core.getAuditStatus();
    expect(now.unacknowledged).toBe(2);
    expect(now.lastBreak).toBeGreaterThan(seen.lastBreak);
    expect(await t.core.acknowledgeAuditBreaks({ operator: '係長', through: now.lastBreak })).toMatchObject({ unacknowledged: 0 });
    await t.core.close();
    const acks = await probe.withRaw(t.dataDir, (db) => db.prepare(`SELECT details FROM audit WHERE action = 'audit-ack'`).pluck().all());
    expect(acks.map((d) => JSON.parse(d as string) as unknown)).toEqual([{ breaks: 2, through: now.lastBreak }]);
    t.core = await probe.openAt(t.dataDir);
  });

  it('needs the seq as a whole number of 0 or more', async () => {
    const t = probe.current();
    for (const through of [-1, 1.5, Number.NaN, '3' as unknown as number]) {
      expect((await rejection(t.core.acknowledgeAuditBreaks({ operator: '係長', through }))).issues.map((i) => i.code)).toEqual(['input.invalid']);
    }
  });
});
