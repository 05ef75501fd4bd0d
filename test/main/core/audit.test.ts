import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeCase } from '../../support/fixtures';
import { openTestCore, type TestCore } from './open-test-core';
import { rawDb } from './raw-db';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.cleanup();
});

async function auditRows(): Promise<{ seq: number; action: string; operator: string; case_id: string | null; details: string; personal: string }[]> {
  await t.core.close();
  const db = await rawDb(t.dataDir, t.secrets);
  try {
    return db.prepare('SELECT * FROM audit ORDER BY seq').all() as never;
  } finally {
    db.close();
    await t.reopen();
  }
}

describe('audit trail', () => {
  it('records who did what, with hashes instead of personal values', async () => {
    const d = await t.core.cases.createDraft({ applicant: { name: '監査 花子' } }, { operator: '窓口 太郎' });
    await t.core.cases.update(d.id, { ...completeCase(), applicant: { ...completeCase().applicant, name: '監査 花子' } }, { operator: '窓口 太郎' });
    await t.core.cases.finalize(d.id, { operator: '係長' });
    await t.core.cases.amend(d.id, { field: 'applicant.name', value: '監査 華子', reason: '誤記の訂正', by: '係長' });
    const other = await t.core.cases.createDraft();
    await t.core.cases.discard(other.id);
    const rows = await auditRows();
    expect(rows.map((r) => [r.action, r.operator])).toEqual([
      ['settings', 'setup'], ['create', '窓口 太郎'], ['update', '窓口 太郎'], ['finalize', '係長'], ['amend', '係長'], ['create', 'system'], ['discard', 'system'],
    ]);
    expect(JSON.parse(rows[3]!.details)).toEqual({ caseNumber: 'engineering-2026-000001', status: 'finalized' });
    expect(JSON.parse(rows[1]!.details)).toEqual({ fields: 'applicant.name' });
    expect(JSON.parse(rows[1]!.personal)['applicant.name']).toMatch(/^[0-9a-f]{64}$/);
    const text = JSON.stringify(rows);
    for (const personal of ['監査', '花子', '華子', '1234567890', 'hanako@example.com', '誤記の訂正', '投稿論文']) expect(text).not.toContain(personal);
    expect(await t.core.verifyAudit()).toEqual({ ok: true, entries: 7, firstBroken: null });
  });

  it('reports the first broken link after tampering', async () => {
    for (let i = 0; i < 5; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    await t.core.close();
    const db = await rawDb(t.dataDir, t.secrets);
    db.exec('DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete');
    db.prepare(`UPDATE audit SET operator = 'someone else' WHERE seq = 3`).run();
    db.close();
    await t.reopen();
    expect(await t.core.verifyAudit()).toEqual({ ok: false, entries: 6, firstBroken: 3 });
    await t.core.close();
    const db2 = await rawDb(t.dataDir, t.secrets);
    db2.prepare(`UPDATE audit SET operator = 'setup' WHERE seq = 1`).run(); // untouched value, still ok
    db2.prepare('DELETE FROM audit WHERE seq = 3').run();
    db2.close();
    await t.reopen();
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false, firstBroken: 4 });
  });

  it('refuses updates and deletes of audit rows in the database', async () => {
    await t.core.close();
    const db = await rawDb(t.dataDir, t.secrets);
    try {
      expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
      expect(() => db.prepare(`UPDATE audit SET action = 'x'`).run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
    await t.reopen();
  });
});
