import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { openTestCore, rejection, type TestCore, TEST_STAFF } from './open-test-core';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.cleanup();
});

describe('drafts', () => {
  it('creates an empty draft and one from partial input', async () => {
    const empty = await t.core.cases.createDraft();
    expect(empty).toMatchObject({ status: 'draft', caseNumber: null, submissionId: null, input: {}, finalizedAt: null, amendments: [] });
    expect(empty.deadline).toBeNull();
    const partial = await t.core.cases.createDraft({ applicant: { name: '山田' }, eligibility: { departureDate: '2026-03-31' } });
    expect(partial.input.applicant?.name).toBe('山田');
    expect(partial.accountExpiry).toBe('2026-04-01');
    expect(partial.deadline).toBe('2026-09-28');
    expect(partial.daysLeft).toBe(150);
  });

  it('merges updates deeply: objects merge, arrays replace, null removes', async () => {
    const d = await t.core.cases.createDraft({ applicant: { name: '山田', utokyoAccount: '12345' }, request: { services: ['eccs-mail', 'onedrive'] } });
    const u = await t.core.cases.update(d.id, { applicant: { utokyoAccount: '1234567890' }, request: { services: ['onedrive'] } });
    expect(u.input.applicant).toEqual({ name: '山田', utokyoAccount: '1234567890' });
    expect(u.input.request?.services).toEqual(['onedrive']);
    const removed = await t.core.cases.update(d.id, { applicant: { name: null } });
    expect(removed.input.applicant).toEqual({ utokyoAccount: '1234567890' });
    expect((await t.core.cases.get(d.id)).input).toEqual(removed.input);
  });

  it('keeps every resolved update after reopening', async () => {
    const d = await t.core.cases.createDraft();
    for (let i = 1; i <= 5; i += 1) await t.core.cases.update(d.id, { request: { reason: `理由 ${i}` } });
    await t.reopen();
    expect((await t.core.cases.get(d.id)).input.request?.reason).toBe('理由 5');
  });

  it('refuses a My Number anywhere, lists every issue and writes nothing', async () => {
    const d = await t.core.cases.createDraft({ applicant: { name: '山田' } });
    const err = await rejection(t.core.cases.update(d.id, {
      applicant: { name: '山田 1234 5678 9012' },
      request: { reason: '番号は123456789012です' },
    }));
    expect(err.code).toBe('validation');
    expect(err.issues.map((i) => [i.path, i.code])).toEqual(expect.arrayContaining([
      ['applicant.name', 'mynumber.detected'],
      ['request.reason', 'mynumber.detected'],
    ]));
    expect((await t.core.cases.get(d.id)).input).toEqual({ applicant: { name: '山田' } });
    const created = await rejection(t.core.cases.createDraft({ request: { reason: '１２３４−５６７８−９０１２' } }));
    expect(created.code).toBe('validation');
    expect(await t.core.cases.list()).toHaveLength(1);
  });

  it('rejects wrong types and unknown ids with typed errors', async () => {
    const d = await t.core.cases.createDraft();
    const bad = await rejection(t.core.cases.update(d.id, { request: { services: ['dropbox'] } }));
    expect(bad.code).toBe('validation');
    expect(bad.issues[0]?.path).toBe('request.services.0');
    expect((await rejection(t.core.cases.update(d.id, 'x'))).code).toBe('validation');
    expect((await rejection(t.core.cases.get('no-such-case'))).code).toBe('not-found');
  });

  it('lists by status and searches name, kana, account and case number regardless of width', async () => {
    const a = await t.core.cases.createDraft({ applicant: { name: '東大 花子', nameKana: 'トウダイ ハナコ', utokyoAccount: '１２３４５６７８９０' } });
    const b = await t.core.cases.createDraft({ applicant: { name: '本郷 次郎' } });
    expect((await t.core.cases.list({ query: '花子' })).map((c) => c.id)).toEqual([a.id]);
    expect((await t.core.cases.list({ query: 'とうだい' })).map((c) => c.id)).toEqual([a.id]);
    expect((await t.core.cases.list({ query: '4567890' })).map((c) => c.id)).toEqual([a.id]);
    expect((await t.core.cases.list({ query: '%' })).map((c) => c.id)).toEqual([]);
    expect((await t.core.cases.list()).map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    await t.core.cases.discard(b.id);
    expect((await t.core.cases.list({ status: 'draft' })).map((c) => c.id)).toEqual([a.id]);
    expect((await t.core.cases.list({ status: ['discarded'] })).map((c) => c.id)).toEqual([b.id]);
  });
});

describe('finalize', () => {
  it('locks a valid case with a case number, submission id and the normalized input', async () => {
    const input = completeCase();
    const d = await t.core.cases.createDraft({
      ...input,
      applicant: { ...input.applicant, utokyoAccount: '１２３４ ５６７８９０', studentNumber: '０３ー１２３４５６', contactEmail: 'Hanako@Example.COM', contactEmailConfirm: 'Hanako@Example.COM' },
      request: { ...input.request, reason: `  ${input.request.reason}  ` },
    });
    const f = await t.core.cases.finalize(d.id, { operator: '窓口 太郎' });
    expect(f.status).toBe('awaiting-hand-off'); // its hand-off item was made with it (mail form by default)
    expect(f.caseNumber).toMatch(/^engineering-2026-[ACDEFGHJKMNPQRTUVWXY34679]{3}-000001$/); // with this PC's station code
    expect(f.submissionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(f.finalizedBy).toBe('窓口 太郎');
    expect(f.finalizedAt).toBe('2026-05-01T03:00:00.000Z');
    expect(f.input.applicant).toMatchObject({ utokyoAccount: '1234567890', studentNumber: '03-123456', contactEmail: 'Hanako@example.com' });
    expect(f.input.request?.reason).toBe(input.request.reason);
    const edit = await rejection(t.core.cases.update(d.id, { applicant: { name: '別人' } }));
    expect(edit.code).toBe('invalid-state');
    expect((await rejection(t.core.cases.discard(d.id))).code).toBe('invalid-state');
    expect((await rejection(t.core.cases.finalize(d.id, { operator: 'x' }))).code).toBe('invalid-state');
  });

  it('numbers per department and per Tokyo year', async () => {
    const ids = [];
    for (let i = 0; i < 2; i += 1) {
      const c = completeCase();
      ids.push((await t.core.cases.createDraft({ ...c, request: { ...c.request, services: [i === 0 ? 'eccs-mail' : 'onedrive'] } })).id);
    }
    expect((await t.core.cases.finalize(ids[0]!, { operator: 'a' })).caseNumber).toMatch(/^engineering-2026-[ACDEFGHJKMNPQRTUVWXY34679]{3}-000001$/);
    expect((await t.core.cases.finalize(ids[1]!, { operator: 'a' })).caseNumber).toMatch(/^engineering-2026-[ACDEFGHJKMNPQRTUVWXY34679]{3}-000002$/);
    await t.core.settings.update({ department: { code: 'science', name: '理学部' } });
    const c = completeCase();
    const other = await t.core.cases.createDraft({ ...c, applicant: { ...c.applicant, utokyoAccount: '1111111111', facultyCode: 'science' } });
    expect((await t.core.cases.finalize(other.id, { operator: 'a' })).caseNumber).toMatch(/^science-2026-[ACDEFGHJKMNPQRTUVWXY34679]{3}-000001$/);
  });

  it('refuses with every issue when rules fail, keeping the draft', async () => {
    const c = completeCase();
    const d = await t.core.cases.createDraft({ ...c, applicant: { ...c.applicant, utokyoAccount: '123', contactEmailConfirm: 'other@example.com' } });
    const err = await rejection(t.core.cases.finalize(d.id, { operator: 'a' }));
    expect(err.code).toBe('validation');
    expect(err.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['account.format', 'email.mismatch']));
    expect((await t.core.cases.get(d.id)).status).toBe('draft');
  });

  it('refuses after the deadline, judged by the Tokyo calendar date', async () => {
    const d = await t.core.cases.createDraft(completeCase());
    t.clock.now = new Date('2026-09-28T14:59:59Z'); // 23:59:59 on 28 Sep in Tokyo: last day
    expect((await t.core.cases.evaluate(d.id)).ok).toBe(true);
    t.clock.now = new Date('2026-09-28T15:00:00Z'); // 00:00 on 29 Sep in Tokyo
    const err = await rejection(t.core.cases.finalize(d.id, { operator: 'a' }));
    expect(err.issues.map((i) => i.code)).toContain('window.expired');
  });

  it('refuses while the department is not configured', async () => {
    const fresh = await openTestCore({ department: false });
    try {
      await fresh.core.settings.update({ staff: TEST_STAFF }, { operator: 'a' });
      const d = await fresh.core.cases.createDraft(completeCase());
      const err = await rejection(fresh.core.cases.finalize(d.id, { operator: 'a' }));
      expect(err.issues[0]).toMatchObject({ path: 'settings.department', code: 'settings.department-unconfigured' });
    } finally {
      await fresh.cleanup();
    }
  });

  it('uses the local history: a pending request for the same account and service blocks a duplicate', async () => {
    const first = await t.core.cases.createDraft(completeCase());
    await t.core.cases.finalize(first.id, { operator: 'a' });
    const c = completeCase();
    const dup = await t.core.cases.createDraft({ ...c, applicant: { ...c.applicant, utokyoAccount: '12345 67890' } });
    const evaluation = await t.core.cases.evaluate(dup.id);
    expect(evaluation.issues.map((i) => i.code)).toContain('services.pending');
    const err = await rejection(t.core.cases.finalize(dup.id, { operator: 'a' }));
    expect(err.issues.map((i) => i.code)).toContain('services.pending');
    // A different service for the same account is fine.
    await t.core.cases.update(dup.id, { request: { services: ['onedrive'] } });
    expect((await t.core.cases.finalize(dup.id, { operator: 'a' })).status).toBe('awaiting-hand-off');
  });
});

describe('discard', () => {
  it('discards drafts only and keeps them listed as discarded', async () => {
    const d = await t.core.cases.createDraft({ applicant: { name: '山田' } });
    const x = await t.core.cases.discard(d.id, { operator: 'b' });
    expect(x.status).toBe('discarded');
    expect((await rejection(t.core.cases.update(d.id, { applicant: { name: 'x' } }))).code).toBe('invalid-state');
  });
});
