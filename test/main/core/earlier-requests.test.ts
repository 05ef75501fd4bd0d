// Step 1 learns at once about earlier requests on this PC for the same account,
// naming the earlier case (number, date, services, state).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { openTestCore, rejection, type TestCore } from './open-test-core';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.cleanup();
});

describe('cases.earlierRequests', () => {
  it('names the finalized case for the same account, matched however the account is typed; drafts and discarded cases are not requests', async () => {
    const first = await t.core.cases.createDraft(completeCase());
    const done = await t.core.cases.finalize(first.id, { operator: '窓口' });
    await t.core.cases.createDraft(completeCase()); // a draft for the same account: not a request
    const discarded = await t.core.cases.createDraft(completeCase());
    await t.core.cases.discard(discarded.id);
    const current = await t.core.cases.createDraft({ applicant: { utokyoAccount: '１２３４ ５６７８９０' } });

    const found = await t.core.cases.earlierRequests('１２３４５６７８９０', { excludeId: current.id });
    expect(found).toEqual([{ caseId: first.id, caseNumber: done.caseNumber, finalizedAt: done.finalizedAt, services: ['eccs-mail'], status: 'awaiting-hand-off' }]);
    expect(await t.core.cases.earlierRequests('1234567890', { excludeId: first.id })).toEqual([]);
  });

  it('finds nothing for another account or a partial one', async () => {
    const c = await t.core.cases.createDraft(completeCase());
    await t.core.cases.finalize(c.id, { operator: '窓口' });
    expect(await t.core.cases.earlierRequests('2222222222')).toEqual([]);
    expect(await t.core.cases.earlierRequests('123456789')).toEqual([]);
    expect(await t.core.cases.earlierRequests('')).toEqual([]);
  });

  it('refuses arguments of the wrong shape with a validation error', async () => {
    expect((await rejection(t.core.cases.earlierRequests(42 as never))).code).toBe('validation');
  });
});
