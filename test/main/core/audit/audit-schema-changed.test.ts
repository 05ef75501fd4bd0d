// The audit table must stay declared exactly as the app declares it: STRICT with its types, its
// index and its append-only triggers. Someone holding the database key who declares it otherwise
// (to store values the chain never holds, or to lift the append-only guard) leaves a recorded
// break at the next open, even with every row as it was; so does a trigger on any other table the
// migrations do not build as they do. The triggers and index are then put
// back as declared in the same step (a trigger of theirs could keep entries, breaks above all, out of
// the trail); a table declared otherwise, which cannot be put back, is one break for the same schema
// however often the desk opens, acknowledged or not, and another for a further change.
import type Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { redeclareLoosely } from './loose-audit-table';
import { useProbeCore } from './probe-access';

const probe = useProbeCore();

const breaksOn = (dataDir: string) => probe.withRaw(dataDir, (db) => (db.prepare(`SELECT details FROM audit WHERE action = 'audit-break' ORDER BY seq`).pluck().all() as string[])
  .map((d) => (JSON.parse(d) as { problem: string }).problem));

/** With the core closed: change the schema behind the app's back, then open again. */
async function changeSchema(change: (db: Database.Database) => void): Promise<void> {
  const t = probe.current();
  await t.core.close();
  await probe.withRaw(t.dataDir, change);
  t.core = await probe.openAt(t.dataDir);
}

async function breaksNow(): Promise<string[]> {
  const t = probe.current();
  await t.core.close();
  const breaks = await breaksOn(t.dataDir);
  t.core = await probe.openAt(t.dataDir);
  return breaks;
}

const auditObjects = (dataDir: string) => probe.withRaw(dataDir, (db) => db.prepare(`SELECT name FROM sqlite_master WHERE (tbl_name = 'audit' COLLATE NOCASE AND type != 'table') OR type = 'trigger' ORDER BY name`).pluck().all());

describe('the audit table declared otherwise', () => {
  it.each([
    ['the append-only guard lifted', (db: Database.Database) => db.exec('DROP TRIGGER audit_no_update')],
    ['a trigger of its own added', (db: Database.Database) => db.exec(`CREATE TRIGGER audit_quiet AFTER INSERT ON Audit BEGIN SELECT 1; END`)],
    ['the guard replaced by one that lets updates through', (db: Database.Database) => db.exec(`DROP TRIGGER audit_no_update;
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT 1; END`)],
    ['the index dropped', (db: Database.Database) => db.exec('DROP INDEX audit_case')],
    ['an index of its own added', (db: Database.Database) => db.exec('CREATE UNIQUE INDEX audit_one_action ON audit (action, operator)')],
    ['a trigger on meta that keeps the checkpoint where it was', (db: Database.Database) => db.exec(`CREATE TRIGGER meta_still BEFORE UPDATE ON meta BEGIN SELECT RAISE(IGNORE); END`)],
    ['the amendments guard lifted', (db: Database.Database) => db.exec('DROP TRIGGER amendments_append_only')],
  ])('%s: a recorded break at the next open, on the banner, and the table put back as declared', async (_, change) => {
    const t = probe.current();
    await t.core.cases.createDraft({ applicant: { name: 'n' } });
    await changeSchema(change);
    expect(await t.core.getAuditStatus()).toMatchObject({ unacknowledged: 1, lastProblem: 'schema-changed' });
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false, problem: null }); // the break stays on record; the schema is as declared again
    expect(await breaksNow()).toEqual(['schema-changed']);
    await t.core.close();
    expect(await auditObjects(t.dataDir)).toEqual(['amendments_append_only', 'amendments_keep_until_purged', 'audit_case', 'audit_no_delete', 'audit_no_update']);
    await expect(probe.withRaw(t.dataDir, (db) => db.prepare(`UPDATE audit SET operator = 'x' WHERE seq = 1`).run())).rejects.toThrow(/append-only/);
    t.core = await probe.openAt(t.dataDir);
  });

  it('re-declared without STRICT, every row kept: one break for the same schema however often it opens, acknowledged or not', async () => {
    const t = probe.current();
    await t.core.cases.createDraft({ applicant: { name: 'n' } });
    await changeSchema(redeclareLoosely);
    expect(await t.core.getAuditStatus()).toMatchObject({ unacknowledged: 1, lastProblem: 'schema-changed' });
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false, problem: 'schema-changed' });
    expect(await breaksNow()).toEqual(['schema-changed']);
    await t.core.acknowledgeAuditBreaks({ operator: '窓口 太郎', through: (await t.core.getAuditStatus()).lastBreak });
    await t.core.verifyAudit();
    expect(await breaksNow()).toEqual(['schema-changed']);
    expect((await t.core.getAuditStatus()).unacknowledged).toBe(0);
  });

  it('re-declared without STRICT and acknowledged: a trigger added or dropped since is a new break', async () => {
    const t = probe.current();
    await t.core.cases.createDraft({ applicant: { name: 'n' } });
    await changeSchema(redeclareLoosely);
    await t.core.acknowledgeAuditBreaks({ operator: '窓口 太郎', through: (await t.core.getAuditStatus()).lastBreak });
    expect((await t.core.getAuditStatus()).unacknowledged).toBe(0);
    await changeSchema((db) => db.exec(`CREATE TRIGGER zz_mine AFTER INSERT ON meta BEGIN SELECT 1; END; DROP TRIGGER audit_no_delete`));
    expect(await t.core.getAuditStatus()).toMatchObject({ unacknowledged: 1, lastProblem: 'schema-changed' });
    expect(await breaksNow()).toEqual(['schema-changed', 'schema-changed']);
    expect((await t.core.getAuditStatus()).unacknowledged).toBe(1); // found again as the repair left it: the same break
  });

  it('a change put back and made again after staff acknowledged it is shown again', async () => {
    const t = probe.current();
    await changeSchema((db) => db.exec('DROP TRIGGER audit_no_delete'));
    await t.core.acknowledgeAuditBreaks({ operator: '窓口 太郎', through: (await t.core.getAuditStatus()).lastBreak });
    await t.core.verifyAudit();
    expect(await breaksNow()).toEqual(['schema-changed']);
    expect((await t.core.getAuditStatus()).unacknowledged).toBe(0);
    await changeSchema((db) => db.exec('DROP TRIGGER audit_no_delete'));
    expect((await t.core.getAuditStatus()).unacknowledged).toBe(1);
    await changeSchema((db) => db.exec('DROP INDEX audit_case'));
    expect((await t.core.getAuditStatus()).unacknowledged).toBe(2);
    expect(await breaksNow()).toEqual(['schema-changed', 'schema-changed', 'schema-changed']);
  });

  it('laid out differently but meaning the same (whitespace): no break', async () => {
    const t = probe.current();
    await changeSchema((db) => db.exec(`DROP TRIGGER audit_no_update;
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END`));
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true, problem: null });
    expect(await breaksNow()).toEqual([]);
  });
});
