// The first list after open (no view cached yet) reads every case in one pass and sorts it
// itself; what it returns must be exactly what the incremental path returns: same views, same
// order (newest change first, the later-created case first among equal times), same statuses.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { openTestCore, type TestCore } from './open-test-core';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.cleanup();
});

/** More cases than the cold pass's threshold, many sharing one timestamp (the test clock is fixed). */
async function seed(): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < 70; i += 1) {
    const c = completeCase();
    ids.push((await t.core.cases.createDraft({ ...c, applicant: { ...c.applicant, name: `東大 花子${i}`, utokyoAccount: String(1_000_000_000 + i) } })).id);
  }
  await t.core.cases.finalize(ids[3]!, { operator: '窓口 太郎' });
  await t.core.cases.finalize(ids[5]!, { operator: '窓口 太郎' });
  await t.core.cases.amend(ids[5]!, { field: 'applicant.name', value: '東大 華子', reason: '誤記', by: '係長' });
  await t.core.cases.discard(ids[7]!);
  t.clock.now = new Date(t.clock.now.getTime() + 60_000);
  await t.core.cases.update(ids[1]!, { request: { reason: '後から直した理由' } });
  return ids;
}

it('the first list after open equals the list built case by case, order and ties included', async () => {
  const ids = await seed();
  const before = await t.core.cases.list();
  await t.reopen();
  const cold = await t.core.cases.list();
  expect(cold).toEqual(before);
  // Newest change first; equal times: the later-created case first.
  expect(cold[0]!.id).toBe(ids[1]);
  const tied = cold.slice(1).map((c) => c.id);
  const expected = ids.filter((id) => id !== ids[1]).reverse();
  // Finalize, amend and discard also changed their cases at the same (fixed) time.
  expect(new Set(tied)).toEqual(new Set(expected));
  expect(tied.filter((id) => ![ids[3], ids[5], ids[7]].includes(id))).toEqual(expected.filter((id) => ![ids[3], ids[5], ids[7]].includes(id)));
  expect(cold.find((c) => c.id === ids[5])).toMatchObject({ input: { applicant: { name: '東大 華子' } }, amendments: [{ field: 'applicant.name' }] });
  expect(cold.find((c) => c.id === ids[3])!.status).not.toBe('draft');
  expect(cold.find((c) => c.id === ids[7])!.status).toBe('discarded');
  // A warm list and filtered lists agree with the cold one.
  expect(await t.core.cases.list()).toEqual(cold);
  expect(await t.core.cases.list({ status: 'draft' })).toEqual(cold.filter((c) => c.status === 'draft'));
});

it('a filtered first list after open is the same as the filtered list before', async () => {
  await seed();
  const drafts = await t.core.cases.list({ status: 'draft' });
  const byName = await t.core.cases.list({ query: '花子1' });
  await t.reopen();
  expect(await t.core.cases.list({ query: '花子1' })).toEqual(byName);
  await t.reopen();
  expect(await t.core.cases.list({ status: 'draft' })).toEqual(drafts);
  // Now warm for the drafts only: the rest is read by the incremental path, in the same order.
  expect(await t.core.cases.list({ query: '花子1' })).toEqual(byName);
});
