// Review probe. The very first anchor of a store is written before its first checkpoint, so it
// says "no checkpoint yet". The attacker keeps that anchor, and later puts it back, deletes the
// checkpoint from the database and cuts the newest rows: an older anchor put back must be a
// recorded break, this one included.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../../src-main/core';
import { AUDIT_ANCHOR_SECRET } from '../../../../src-main/core/audit/audit-secrets';
import { openTestCore, type TestCore } from '../open-test-core';
import { editAuditRows, rawDb } from '../raw-db';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore({ department: false });
});
afterEach(async () => {
  await t.cleanup();
});

describe('the first anchor of a store, put back later', () => {
  it('with the checkpoint deleted and the newest rows cut: a recorded break', async () => {
    // Read while the first session runs: the open anchored its trail (its format entry), then checkpointed it.
    for (let i = 0; i < 100 && (await t.secrets.get(AUDIT_ANCHOR_SECRET)) === null; i += 1) await new Promise((r) => setTimeout(r, 5));
    const first = (await t.secrets.get(AUDIT_ANCHOR_SECRET))!;
    expect(JSON.parse(first)).toMatchObject({ seq: 1 });
    await t.core.close();
    t.core = await openCore({ dataDir: t.dataDir, secrets: t.secrets, now: () => t.clock.now, profilePath: null });
    for (let i = 0; i < 5; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    await t.core.close();

    await t.secrets.set(AUDIT_ANCHOR_SECRET, first);
    const db = await rawDb(t.dataDir, t.secrets);
    db.prepare(`DELETE FROM meta WHERE key = 'audit-checkpoint'`).run();
    editAuditRows(db, () => db.prepare('DELETE FROM audit WHERE seq > 2').run());
    db.close();
    t.core = await openCore({ dataDir: t.dataDir, secrets: t.secrets, now: () => t.clock.now, profilePath: null });
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false });
  });
});
