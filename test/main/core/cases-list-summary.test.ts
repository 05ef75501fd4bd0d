// cases.list reads each case's stored summary, never its input: every row must still say what the
// full case (cases.get) says, after every kind of write and after reopening, in the list's order
// (newest change first, the later-created case first among equal times); and the list's query
// must stay on its covering indexes.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { listQuery } from '../../../src-main/core/cases/case-sql';
import type { CaseSummary } from '../../../src-shared/core-api';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { listRowOf } from '../../support/case-list-row';
import { openTestCore, type TestCore } from './open-test-core';
import { rawDb } from './raw-db';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.cleanup();
});

/** Cases through every write path, many sharing one timestamp (the test clock is fixed). */
async function seed(): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < 12; i += 1) {
    const c = completeCase();
    ids.push((await t.core.cases.createDraft({ ...c, applicant: { ...c.applicant, name: `東大 花子${i}`, utokyoAccount: String(1_000_000_000 + i) } })).id);
  }
  await t.core.cases.finalize(ids[3]!, { operator: '窓口 太郎' });
  await t.core.cases.finalize(ids[5]!, { operator: '窓口 太郎' });
  await t.core.cases.amend(ids[5]!, { field: 'applicant.name', value: '東大 華子', reason: '誤記', by: '係長' });
  await t.core.cases.discard(ids[7]!);
  await t.core.cases.closeNotVerified(ids[8]!, { operator: '係長', reason: '写真と本人が一致しない' });
  // A draft whose name was taken out again and whose departure date moved (a new deadline).
  await t.core.cases.update(ids[9]!, { applicant: { name: null }, eligibility: { departureDate: '2026-03-15' } });
  t.clock.now = new Date(t.clock.now.getTime() + 60_000);
  await t.core.cases.update(ids[1]!, { applicant: { name: '駒場 葵' } });
  return ids;
}

/** What cases.get says of every listed case, as a list row. */
async function fromFullCases(list: readonly CaseSummary[]): Promise<CaseSummary[]> {
  return Promise.all(list.map(async (c) => listRowOf(await t.core.cases.get(c.id))));
}

it('says of every case what the full case says, after every kind of write and after reopening', async () => {
  const ids = await seed();
  const all = await t.core.cases.list({ status: ['draft', 'awaiting-hand-off', 'closed-not-verified', 'discarded'] });
  expect(all).toHaveLength(12);
  expect(all).toEqual(await fromFullCases(all));
  expect(all.find((c) => c.id === ids[5])).toMatchObject({ name: '東大 華子', status: 'awaiting-hand-off' });
  expect(all.find((c) => c.id === ids[8])).toMatchObject({ name: '東大 花子8', status: 'closed-not-verified' });
  expect(all.find((c) => c.id === ids[9])).toMatchObject({ name: '', deadline: '2026-09-28' });
  expect(all.find((c) => c.id === ids[0])).toMatchObject({ name: '東大 花子0', deadline: '2026-09-28', daysLeft: 150 });
  await t.reopen();
  expect(await t.core.cases.list({ status: ['draft', 'awaiting-hand-off', 'closed-not-verified', 'discarded'] })).toEqual(all);
});

it('keeps the order: newest change first, the later-created case first among equal times', async () => {
  const ids = await seed();
  const listed = (await t.core.cases.list({ status: ['draft', 'awaiting-hand-off', 'closed-not-verified', 'discarded'] })).map((c) => c.id);
  expect(listed[0]).toBe(ids[1]);
  // Finalize, amend, discard and close also changed their cases at the same (fixed) time.
  const untouched = (xs: readonly string[]) => xs.filter((id) => ![ids[1], ids[3], ids[5], ids[7], ids[8]].includes(id));
  expect(untouched(listed)).toEqual(untouched([...ids].reverse()));
  await t.reopen();
  expect((await t.core.cases.list({ status: ['draft', 'awaiting-hand-off', 'closed-not-verified', 'discarded'] })).map((c) => c.id)).toEqual(listed);
});

it('filters by status and searches names, accounts and case numbers as before', async () => {
  const ids = await seed();
  const every = await t.core.cases.list({ status: ['draft', 'awaiting-hand-off', 'closed-not-verified', 'discarded'] });
  expect(await t.core.cases.list({ status: 'draft' })).toEqual(every.filter((c) => c.status === 'draft'));
  expect((await t.core.cases.list({ query: '駒場' })).map((c) => c.id)).toEqual([ids[1]]);
  expect((await t.core.cases.list({ query: '華子' })).map((c) => c.id)).toEqual([ids[5]]);
  expect((await t.core.cases.list({ query: '１０００００００１１' })).map((c) => c.id)).toEqual([ids[11]]);
  const number = every.find((c) => c.id === ids[3])!.caseNumber!;
  expect((await t.core.cases.list({ query: number })).map((c) => c.id)).toEqual([ids[3]]);
});

it('shows nothing of a purged case but what the full case keeps', async () => {
  await seed();
  const statuses = ['draft', 'awaiting-hand-off', 'needs-attention', 'closed-not-verified', 'discarded'] as const;
  const before = await t.core.cases.list({ status: [...statuses] });
  t.clock.now = new Date(t.clock.now.getTime() + 366 * 86_400_000);
  expect((await t.core.purgeNow({ operator: '係長' })).purged).toBeGreaterThan(0);
  const after = await t.core.cases.list({ status: [...statuses] });
  expect(after).toEqual(await fromFullCases(after));
  const erased = after.filter((c) => c.name === '' && before.find((b) => b.id === c.id)?.name !== '');
  expect(erased.length).toBeGreaterThan(0);
  // Nor does a search by a purged name find its case.
  for (const c of erased) expect((await t.core.cases.list({ query: before.find((b) => b.id === c.id)!.name })).map((x) => x.id)).not.toContain(c.id);
});

it('reads the stored summaries, not the inputs, and only through its covering indexes', async () => {
  const ids = await seed();
  const before = await t.core.cases.list();
  await t.core.close();
  // Behind the core's back: every input says something else. The list must not notice.
  const db = await rawDb(t.dataDir, t.secrets);
  db.prepare(`UPDATE cases SET input = '{"applicant":{"name":"入力から読んだ"}}'`).run();
  const plan = (filter: Parameters<typeof listQuery>[0]) => {
    const q = listQuery(filter);
    return db.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params).map((r) => (r as { detail: string }).detail);
  };
  for (const filter of [{}, { statuses: ['draft' as const] }, { like: '%x%' }]) {
    expect(plan(filter)).toEqual(['SCAN c USING COVERING INDEX cases_list', expect.stringMatching(/^SEARCH o USING COVERING INDEX outbox_request_list \(case_id=\?\)/)]);
  }
  db.close();
  await t.reopen();
  expect(await t.core.cases.list()).toEqual(before);
  expect(before.find((c) => c.id === ids[1])?.name).toBe('駒場 葵');
});
