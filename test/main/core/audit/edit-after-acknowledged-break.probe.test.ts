// Review probe. The attacker holds the data folder and the database key, but not the keychain (so
// no chain key): they edit one row, staff see the banner and acknowledge it. Every later edit of
// another row is a new break and must bring the banner back; it must not hide behind the first.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../../src-main/core';
import { openTestCore, type TestCore } from '../open-test-core';
import { editAuditRows, rawDb } from '../raw-db';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.cleanup();
});

async function editRow(seq: number, operator: string): Promise<void> {
  await t.core.close();
  const db = await rawDb(t.dataDir, t.secrets);
  editAuditRows(db, () => db.prepare('UPDATE audit SET operator = ? WHERE seq = ?').run(operator, seq));
  db.close();
  t.core = await openCore({ dataDir: t.dataDir, secrets: t.secrets, now: () => t.clock.now, profilePath: null });
}

describe('a second edit after an acknowledged break', () => {
  it('is recorded as a new break and shows again', async () => {
    for (let i = 0; i < 6; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    await editRow(2, 'someone else');
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false, firstBroken: 2 });
    expect(await t.core.acknowledgeAuditBreaks({ operator: '係長', through: (await t.core.getAuditStatus()).lastBreak })).toMatchObject({ unacknowledged: 0 });

    await editRow(6, 'someone else again'); // a different row, edited later
    const v = await t.core.verifyAudit();
    expect(v.ok).toBe(false);
    expect(await t.core.getAuditStatus()).toMatchObject({ unacknowledged: 1, lastProblem: 'rewritten' });
  });
});
