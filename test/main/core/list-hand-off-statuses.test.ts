// The case list filters by the mail-form statuses too: a case awaiting hand-off or handed over must
// not disappear from the list (the renderer's filters ask for them).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { openTestCore, type TestCore } from './open-test-core';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
  // Only a registered staff member can confirm a hand-off.
  await t.core.settings.update({ staff: [{ name: '窓口 太郎', role: '学務係' }] }, { operator: '窓口 太郎' });
});
afterEach(async () => { await t.cleanup(); });

describe('cases.list by hand-off status', () => {
  it('finds a case awaiting hand-off, then handed over', async () => {
    const d = await t.core.cases.createDraft(completeCase());
    const f = await t.core.cases.finalize(d.id, { operator: '窓口 太郎' });
    await t.core.outbox.enqueue(d.id, { operator: '窓口 太郎' });
    expect((await t.core.cases.list({ status: ['awaiting-hand-off'] })).map((c) => c.id)).toEqual([d.id]);
    await t.core.outbox.markHandedOver(f.submissionId!, { operator: '窓口 太郎', reference: 'R-1' });
    expect((await t.core.cases.list({ status: ['handed-over', 'delivered'] })).map((c) => c.id)).toEqual([d.id]);
    expect(await t.core.cases.list({ status: 'awaiting-hand-off' })).toEqual([]);
    // The list's "all" filter: every status but discarded.
    const all = ['draft', 'finalized', 'awaiting-hand-off', 'queued', 'sending', 'needs-attention', 'handed-over', 'delivered'] as const;
    expect((await t.core.cases.list({ status: [...all] })).map((c) => c.id)).toEqual([d.id]);
  });
});
