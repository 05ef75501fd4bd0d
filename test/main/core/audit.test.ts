import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../src-main/core';
import { AUDIT_ANCHOR_SECRET, readAnchor } from '../../../src-main/core/audit/audit-secrets';
import { canonicalJson } from '../../../src-main/core/audit/hash';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { openTestCore, type TestCore } from './open-test-core';
import { editAuditRows, rawDb } from './raw-db';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.cleanup();
});

interface Row { seq: number; at: string; action: string; operator: string; case_id: string | null; details: string; personal: string; prev_hash: string; hash: string }

async function auditRows(): Promise<Row[]> {
  await t.core.close();
  const db = await rawDb(t.dataDir, t.secrets);
  try {
    return db.prepare('SELECT * FROM audit ORDER BY seq').all() as Row[];
  } finally {
    db.close();
    await t.reopen();
  }
}

/** Behind the app's back, with the database key: lift the append-only triggers, edit, put them back. */
async function tamper(edit: (db: Awaited<ReturnType<typeof rawDb>>) => void): Promise<void> {
  await t.core.close();
  const db = await rawDb(t.dataDir, t.secrets);
  editAuditRows(db, () => edit(db));
  db.close();
}

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('audit trail', () => {
  it('records who did what, with digests under the case key instead of personal values', async () => {
    const d = await t.core.cases.createDraft({ applicant: { name: '監査 花子' } }, { operator: '窓口 太郎' });
    await t.core.cases.update(d.id, { ...completeCase(), applicant: { ...completeCase().applicant, name: '監査 花子' } }, { operator: '窓口 太郎' });
    await t.core.cases.finalize(d.id, { operator: '係長' });
    await t.core.cases.amend(d.id, { field: 'applicant.name', value: '監査 華子', reason: '誤記の訂正', by: '係長' });
    const other = await t.core.cases.createDraft();
    await t.core.cases.discard(other.id);
    const all = await auditRows();
    // Once, after the store's first checkpoint: the trail's record that it keeps one (format-marker.ts).
    expect(all.filter((r) => r.action === 'audit-format').map((r) => r.operator)).toEqual(['system']);
    const rows = all.filter((r) => r.action !== 'audit-format');
    expect(rows.map((r) => [r.action, r.operator])).toEqual([
      ['settings', '窓口 太郎'], ['create', '窓口 太郎'], ['update', '窓口 太郎'], ['finalize', '係長'], ['enqueue', '係長'], ['amend', '係長'], ['amendment-notice', '係長'],
      ['create', 'system'], ['discard', 'system'],
    ]);
    expect(JSON.parse(rows[3]!.details)).toEqual({ caseNumber: expect.stringMatching(/^engineering-2026-[A-Z0-9]{3}-000001$/), status: 'finalized' });
    expect(JSON.parse(rows[1]!.details)).toEqual({ fields: 'applicant.name' });
    expect(JSON.parse(rows[1]!.personal)['applicant.name']).toMatch(/^[0-9a-f]{64}$/);
    const text = JSON.stringify(rows);
    for (const personal of ['監査', '花子', '華子', '1234567890', 'hanako@example.com', '誤記の訂正', '投稿論文']) expect(text).not.toContain(personal);
    expect(await t.core.verifyAudit()).toEqual({ ok: true, entries: 10, firstBroken: null, problem: null, anchoredSeq: 10, recordedBreaks: 0 });
  });

  it('reports the first broken link after an edit', async () => {
    for (let i = 0; i < 5; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    await tamper((db) => db.prepare(`UPDATE audit SET operator = 'someone else' WHERE seq = 3`).run());
    await t.reopen();
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false, firstBroken: 3, problem: 'rewritten' });
  });

  it('detects truncation: the newest rows deleted', async () => {
    for (let i = 0; i < 5; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    await tamper((db) => db.prepare('DELETE FROM audit WHERE seq > 3').run());
    t.core = await openCore({ dataDir: t.dataDir, secrets: t.secrets, now: () => t.clock.now });
    const rows = await auditRows();
    // Found at open, recorded in the trail itself, the desk keeps working.
    const brk = rows.find((r) => r.action === 'audit-break')!;
    expect(JSON.parse(brk.details)).toEqual({ problem: 'truncated', firstBroken: null, anchoredSeq: 7 }); // 5 drafts, settings, the format entry
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false, problem: null, recordedBreaks: 1 });
    await t.core.cases.createDraft({ applicant: { name: 'still works' } });
  });

  it('detects a rewrite: every row rewritten with recomputed plain hashes', async () => {
    for (let i = 0; i < 5; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    await tamper((db) => {
      const rows = db.prepare('SELECT * FROM audit ORDER BY seq').all() as Row[];
      let prev = '0'.repeat(64);
      for (const r of rows) {
        const operator = r.operator === 'system' ? 'forged' : r.operator;
        const body = canonicalJson([r.seq, r.at, r.action, operator, r.case_id, JSON.parse(r.details), JSON.parse(r.personal)]);
        const hash = sha(`${prev}\n${body}`);
        db.prepare('UPDATE audit SET operator = ?, prev_hash = ?, hash = ?, keyed = 0 WHERE seq = ?').run(operator, prev, hash, r.seq);
        prev = hash;
      }
    });
    t.core = await openCore({ dataDir: t.dataDir, secrets: t.secrets, now: () => t.clock.now });
    const rows = await auditRows();
    // The rows no longer match the anchor, and the trail lost the keyed entry that starts every trail.
    const problems = rows.filter((r) => r.action === 'audit-break').map((r) => (JSON.parse(r.details) as { problem: string }).problem);
    expect(problems).toEqual(['format-missing', 'rewritten']);
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false, recordedBreaks: 2 });
  });

  it('anchors the head in the keychain at close and after a minute of activity', async () => {
    await t.core.cases.createDraft({ applicant: { name: 'a' } });
    const before = await readAnchor(t.secrets);
    t.clock.now = new Date(t.clock.now.getTime() + 61_000);
    await t.core.cases.createDraft({ applicant: { name: 'b' } });
    await new Promise((r) => setImmediate(r));
    const after = await readAnchor(t.secrets);
    expect(after!.seq).toBeGreaterThan(before!.seq);
    await t.core.cases.createDraft({ applicant: { name: 'c' } }); // within the minute: not yet
    expect((await readAnchor(t.secrets))!.seq).toBe(after!.seq);
    await t.core.close();
    expect((await readAnchor(t.secrets))!.seq).toBe(after!.seq + 1);
    expect(await t.secrets.get(AUDIT_ANCHOR_SECRET)).not.toContain('"a"');
    await t.reopen();
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
