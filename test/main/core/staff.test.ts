// Operators are staff: operator, amendment `by` and the second checker must be
// configured staff members; 'system' is the app's own; the first Settings save may add its author.
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

describe('operators are staff', () => {
  it('refuses an operator or amender who is not configured, naming the field, in ja and en; nothing is written', async () => {
    const err = await rejection(t.core.cases.createDraft({ applicant: { name: '東大 花子' } }, { operator: '通りすがり' }));
    expect(err.code).toBe('validation');
    expect(err.issues).toEqual([expect.objectContaining({ path: 'operator', code: 'operator.not-staff' })]);
    expect(err.issues[0]!.message.ja).toContain('「通りすがり」は設定に登録された担当者ではありません');
    expect(err.issues[0]!.message.en).toContain('"通りすがり" is not a staff member configured in Settings');
    expect(await t.core.cases.list()).toEqual([]);

    const d = await t.core.cases.createDraft(completeCase(), { operator: '窓口 太郎' });
    await t.core.cases.finalize(d.id, { operator: '係長' });
    const amend = await rejection(t.core.cases.amend(d.id, { field: 'applicant.nameKana', value: 'とうだい はなこ', reason: '訂正', by: 'setup' }));
    expect(amend.issues.map((i) => [i.path, i.code])).toEqual([['by', 'operator.not-staff']]);
    expect((await rejection(t.core.purgeNow({ operator: 'setup' }))).issues.map((i) => i.path)).toEqual(['operator']);
    expect((await t.core.cases.get(d.id)).amendments).toEqual([]);
    // The app's own actions stay 'system'.
    await t.core.cases.createDraft({}, { operator: 'system' });
  });

  it('refuses to finalize with a second checker who is not on the staff list', async () => {
    const c = completeCase();
    const d = await t.core.cases.createDraft({ ...c, verification: { ...c.verification, secondChecker: { name: '知らない 人', role: '係長' } } }, { operator: '窓口 太郎' });
    const err = await rejection(t.core.cases.finalize(d.id, { operator: '係長' }));
    expect(err.issues).toContainEqual(expect.objectContaining({ path: 'verification.secondChecker.name', code: 'operator.not-staff' }));
    await t.core.cases.update(d.id, { verification: { secondChecker: { name: '確認 花子', role: '係長' } } }, { operator: '窓口 太郎' });
    expect((await t.core.cases.finalize(d.id, { operator: '係長' })).status).toBe('awaiting-hand-off');
  });

  it('lets the first Settings save name a member it adds, and nobody else', async () => {
    const fresh = await openTestCore({ department: false });
    try {
      const err = await rejection(fresh.core.settings.update({ staff: [{ name: '窓口 太郎', role: '学務係' }] }, { operator: 'setup' }));
      expect(err.issues.map((i) => i.code)).toEqual(['operator.not-staff']);
      await fresh.core.settings.update({ staff: [{ name: '窓口 太郎', role: '学務係' }] }, { operator: '窓口 太郎' });
      expect((await fresh.core.settings.get()).staff.map((s) => s.name)).toEqual(['窓口 太郎']);
    } finally {
      await fresh.cleanup();
    }
  });
});
