import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { amendablePaths, fieldIssues } from '../../../src-shared/domain';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { openTestCore, rejection, type TestCore } from './open-test-core';
import { rawDb } from './raw-db';

let t: TestCore;
let id: string;
beforeEach(async () => {
  t = await openTestCore();
  id = (await t.core.cases.createDraft(completeCase())).id;
  await t.core.cases.finalize(id, { operator: 'a' });
});
afterEach(async () => {
  await t.cleanup();
});

describe('amend', () => {
  it('appends corrections in order and the view applies them', async () => {
    t.clock.now = new Date('2026-05-02T01:00:00Z');
    await t.core.cases.amend(id, { field: 'applicant.contactEmail', value: 'Hanako.T@Example.org', valueConfirm: 'Hanako.T@example.ORG', reason: '申請者からの申し出(誤記)', by: '窓口 太郎' });
    t.clock.now = new Date('2026-05-03T01:00:00Z');
    const v = await t.core.cases.amend(id, { field: 'applicant.contactEmail', value: 'hanako.t2@example.org', valueConfirm: 'hanako.t2@example.org', reason: '再訂正', by: '係長' });
    expect(v.input.applicant?.contactEmail).toBe('hanako.t2@example.org');
    expect(v.input.applicant?.contactEmailConfirm).toBe('hanako.t2@example.org');
    expect(v.amendments).toEqual([
      { field: 'applicant.contactEmail', oldValue: 'hanako@example.com', value: 'Hanako.T@example.org', reason: '申請者からの申し出(誤記)', by: '窓口 太郎', at: '2026-05-02T01:00:00.000Z' },
      { field: 'applicant.contactEmail', oldValue: 'Hanako.T@example.org', value: 'hanako.t2@example.org', reason: '再訂正', by: '係長', at: '2026-05-03T01:00:00.000Z' },
    ]);
    await t.reopen();
    expect((await t.core.cases.get(id)).amendments).toHaveLength(2);
    expect((await t.core.cases.list({ query: 'hanako.t2@example.org' })).map((c) => c.id)).toEqual([id]);
  });

  it('re-indexes amended names for search', async () => {
    await t.core.cases.amend(id, { field: 'applicant.name', value: '東大 華子', reason: '漢字の誤記', by: 'a' });
    expect((await t.core.cases.list({ query: '華子' })).map((c) => c.id)).toEqual([id]);
    expect(await t.core.cases.list({ query: '花子' })).toEqual([]);
  });

  it('refuses values that break the field rules, unknown fields and My Numbers, recording nothing', async () => {
    const cases: [unknown, string, string][] = [
      [{ field: 'applicant.contactEmail', value: 'someone@g.ecc.u-tokyo.ac.jp', valueConfirm: 'someone@g.ecc.u-tokyo.ac.jp', reason: 'r', by: 'a' }, 'applicant.contactEmail', 'email.unreachable'],
      [{ field: 'applicant.utokyoAccount', value: '12345', reason: 'r', by: 'a' }, 'applicant.utokyoAccount', 'account.format'],
      [{ field: 'request.services', value: ['dropbox'], reason: 'r', by: 'a' }, 'field', 'amend.not-amendable'],
      [{ field: 'applicant.shoeSize', value: '27', reason: 'r', by: 'a' }, 'field', 'amend.not-amendable'],
      [{ field: 'verification.checklist.photo-matches', value: false, reason: 'r', by: 'a' }, 'field', 'amend.not-amendable'],
      [{ field: 'applicant.name', value: '東大 花子 1234-5678-9012', reason: 'r', by: 'a' }, 'value', 'mynumber.detected'],
      [{ field: 'applicant.name', value: '東大 華子', reason: '個人番号 123456789012 を確認', by: 'a' }, 'reason', 'mynumber.detected'],
      [{ field: 'applicant.name', value: '東大 華子', reason: '', by: 'a' }, 'reason', 'input.invalid'],
      // The same value once normalised (full-width digits, spaces) is not a correction.
      [{ field: 'applicant.utokyoAccount', value: '１２３４５６７８９０', reason: 'r', by: 'a' }, 'value', 'amend.unchanged'],
      [{ field: 'applicant.name', value: ' 東大 花子 ', reason: 'r', by: 'a' }, 'value', 'amend.unchanged'],
    ];
    for (const [change, path, code] of cases) {
      const err = await rejection(t.core.cases.amend(id, change as never));
      expect(err.code, JSON.stringify(change)).toBe('validation');
      expect(err.issues.map((i) => [i.path, i.code]), JSON.stringify(change)).toContainEqual([path, code]);
    }
    expect((await t.core.cases.get(id)).amendments).toEqual([]);
  });

  it('refuses every field outside the one shared list: the identity check a case was finalized on cannot be changed', async () => {
    for (const field of ['verification.method', 'verification.documentType', 'eligibility.departureDate', 'eligibility.accountExpiryOverride', 'request.services', 'acknowledgements.expiry-override-revives']) {
      const err = await rejection(t.core.cases.amend(id, { field, value: field === 'verification.method' ? 'video' : '2026-04-30', reason: '変更', by: 'a' }));
      expect(err.code, field).toBe('validation');
      expect(err.issues.map((i) => [i.path, i.code]), field).toEqual([['field', 'amend.not-amendable']]);
      expect((err.issues[0] as unknown as { message: { ja: string } }).message.ja).toContain(field);
    }
    // A field offered only when the case uses it: the video reason of an in-person case is not.
    expect((await rejection(t.core.cases.amend(id, { field: 'verification.videoReason', value: '海外在住', reason: '追記', by: 'a' }))).issues[0]?.code).toBe('amend.not-amendable');
    expect((await t.core.cases.get(id)).amendments).toEqual([]);
  });

  it('a corrected e-mail must be typed twice: a missing or different confirmation is refused, recording nothing', async () => {
    for (const valueConfirm of [undefined, 'hanako.t@example.com', '']) {
      const err = await rejection(t.core.cases.amend(id, { field: 'applicant.contactEmail', value: 'hanako.t@example.org', valueConfirm, reason: '誤記', by: 'a' }));
      expect(err.issues.map((i) => [i.path, i.code])).toContainEqual(['valueConfirm', 'amend.confirm-mismatch']);
    }
    expect((await t.core.cases.get(id)).amendments).toEqual([]);
    // The confirmation is compared after normalisation (full-width, domain case).
    const v = await t.core.cases.amend(id, { field: 'applicant.contactEmail', value: 'hanako.t@example.org', valueConfirm: 'ｈａｎａｋｏ.t@EXAMPLE.org', reason: '誤記', by: 'a' });
    expect(v.input.applicant?.contactEmail).toBe('hanako.t@example.org');
  });

  it('property: whatever is amended, an accepted amendment leaves a case that still passes the rules it was finalized under', async () => {
    const values = fc.oneof(fc.constantFrom('', ' ', 'x', '０３−１２３４５６', 'a@b', 'engineering', 'letters'), fc.string({ maxLength: 12 }));
    await fc.assert(fc.asyncProperty(fc.constantFrom(...amendablePaths.map((f) => f.path)), values, async (field, value) => {
      const v = field === 'verification.secondChecker' ? { name: value, role: value } : value;
      const before = await t.core.cases.get(id);
      const after = await t.core.cases.amend(id, { field, value: v, valueConfirm: v, reason: '訂正', by: 'a' }).catch(() => before);
      expect(fieldIssues(after.input).filter((i) => i.severity === 'error')).toEqual([]);
    }), { numRuns: 40 });
  });

  it('keeps the second checker whole: a name alone (no role) is refused, name and role together are recorded', async () => {
    const err = await rejection(t.core.cases.amend(id, { field: 'verification.secondChecker.name', value: '確認 花子', reason: '記入漏れ', by: 'a' }));
    expect(err.code).toBe('validation');
    expect(err.issues.map((i) => [i.path, i.code])).toContainEqual(['verification.secondChecker.role', 'second-checker.incomplete']);
    expect((await t.core.cases.get(id)).amendments).toEqual([]);

    const v = await t.core.cases.amend(id, { field: 'verification.secondChecker', value: { name: '確認 花子', role: '学務係長' }, reason: '記入漏れ', by: 'a' });
    expect(v.input.verification?.secondChecker).toEqual({ name: '確認 花子', role: '学務係長' });
    const renamed = await t.core.cases.amend(id, { field: 'verification.secondChecker.role', value: '係長', reason: '役職の誤記', by: 'a' });
    expect(renamed.input.verification?.secondChecker).toEqual({ name: '確認 花子', role: '係長' });
  });

  it('only amends finalized (or later) cases', async () => {
    const draft = await t.core.cases.createDraft({ applicant: { name: 'x' } });
    expect((await rejection(t.core.cases.amend(draft.id, { field: 'applicant.name', value: 'y', reason: 'r', by: 'a' }))).code).toBe('invalid-state');
    await t.core.cases.discard(draft.id);
    expect((await rejection(t.core.cases.amend(draft.id, { field: 'applicant.name', value: 'y', reason: 'r', by: 'a' }))).code).toBe('invalid-state');
  });

  it('is append-only in the database itself', async () => {
    await t.core.cases.amend(id, { field: 'applicant.name', value: '東大 華子', reason: '漢字の誤記', by: 'a' });
    await t.core.close();
    const db = await rawDb(t.dataDir, t.secrets);
    try {
      expect(() => db.prepare(`UPDATE amendments SET new_value = '"x"'`).run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM amendments').run()).toThrow(/kept until/);
    } finally {
      db.close();
    }
    await t.reopen();
  });
});
