// The schema check and its repair add no false break in normal use (reopen, full check, restore of
// an untouched backup, upgrade from the previous schema, triggers in an earlier layout), and a
// visible trigger that rewrites breaks is taken out before the breaks are written.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, restoreBackup } from '../../../../src-main/core';
import { tempDir } from '../open-test-core';
import { asEarlierSchema } from './earlier-schema';
import { useProbeCore } from './probe-access';

const probe = useProbeCore();
const breaksIn = (dataDir: string) => probe.withRaw(dataDir, (db) => db.prepare(`SELECT details FROM audit WHERE action = 'audit-break'`).pluck().all() as string[]);

describe('normal use records no break', () => {
  it('reopen x3 with work in between, full check each time: no break', async () => {
    const t = probe.current();
    for (let i = 0; i < 3; i++) {
      await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
      await t.reopen();
      expect(await t.core.verifyAudit()).toMatchObject({ ok: true });
    }
    expect((await t.core.getAuditStatus()).unacknowledged).toBe(0);
    await t.core.close();
    expect(await breaksIn(t.dataDir)).toEqual([]);
    t.core = await probe.openAt(t.dataDir);
  });

  it('restore of an untouched backup: no break, full check ok, reopen ok', async () => {
    const t = probe.current();
    await t.core.cases.createDraft({ applicant: { name: 'n' } });
    const file = path.join(tempDir('salvage-bk-'), 'b.sdbackup');
    await t.core.exportBackup(file, 'correct horse battery staple');
    await t.core.close();
    const target = path.join(tempDir('salvage-restored-'), 'data');
    await restoreBackup({ dataDir: target, secrets: t.secrets, path: file, passphrase: 'correct horse battery staple', operator: '係長' });
    for (let i = 0; i < 2; i++) {
      const core = await openCore({ dataDir: target, secrets: t.secrets, now: () => t.clock.now, profilePath: null });
      expect(await core.verifyAudit()).toMatchObject({ ok: true });
      expect((await core.getAuditStatus()).unacknowledged).toBe(0);
      await core.close();
    }
    expect(await breaksIn(target)).toEqual([]);
    t.core = await probe.openAt(t.dataDir);
  });

  it('upgrade from the previous schema (keyed trail, format entry present): no break', async () => {
    const t = probe.current();
    await t.core.cases.createDraft({ applicant: { name: 'n' } });
    await t.core.close();
    await probe.withRaw(t.dataDir, (db) => asEarlierSchema(db));
    t.core = await probe.openAt(t.dataDir);
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true });
    await t.reopen();
    expect((await t.core.getAuditStatus()).unacknowledged).toBe(0);
    await t.core.close();
    expect(await breaksIn(t.dataDir)).toEqual([]);
    t.core = await probe.openAt(t.dataDir);
  });

  it('append-only triggers in another whitespace layout (earlier builds): no break, left as they are', async () => {
    const t = probe.current();
    await t.core.close();
    await probe.withRaw(t.dataDir, (db) => {
      db.exec(`DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;`);
    });
    t.core = await probe.openAt(t.dataDir);
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true });
    await t.core.close();
    expect(await breaksIn(t.dataDir)).toEqual([]);
    t.core = await probe.openAt(t.dataDir);
  });

  it('previous finding: lower-case quiet trigger, no cut: recorded, banner, trigger gone; after ack a re-added trigger is a new break', async () => {
    const t = probe.current();
    const QUIET = `CREATE TRIGGER audit_quiet BEFORE INSERT ON audit WHEN new.action = 'audit-break' BEGIN SELECT RAISE(IGNORE); END`;
    await t.core.close();
    await probe.withRaw(t.dataDir, (db) => db.exec(QUIET));
    t.core = await probe.openAt(t.dataDir);
    const s = await t.core.getAuditStatus();
    expect(s).toMatchObject({ unacknowledged: 1, lastProblem: 'schema-changed' });
    await t.core.acknowledgeAuditBreaks({ operator: '係長', through: s.lastBreak });
    await t.core.close();
    await probe.withRaw(t.dataDir, (db) => db.exec(QUIET));
    t.core = await probe.openAt(t.dataDir);
    expect(await t.core.getAuditStatus()).toMatchObject({ unacknowledged: 1, lastProblem: 'schema-changed' });
  });

  it('a visible (lower-case) trigger that rewrites each break by INSERT OR REPLACE is taken out first: the cut is on the banner', async () => {
    const t = probe.current();
    for (let i = 0; i < 3; i++) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    await t.core.close();
    const COLS = 'seq, at, action, operator, case_id, details, personal, prev_hash, hash, keyed';
    await probe.editRaw(t.dataDir, (db) => {
      const head = db.prepare('SELECT max(seq) FROM audit').pluck().get() as number;
      db.prepare('DELETE FROM audit WHERE seq > ?').run(head - 2);
    });
    await probe.withRaw(t.dataDir, (db) => db.exec(`CREATE TRIGGER zz AFTER INSERT ON audit WHEN new.action = 'audit-break' BEGIN
      INSERT OR REPLACE INTO audit (${COLS}) VALUES (new.seq, new.at, 'note', new.operator, new.case_id, '{}', '{}', new.prev_hash, new.hash, 1); END`));
    t.core = await probe.openAt(t.dataDir);
    expect(await t.core.getAuditStatus()).toMatchObject({ unacknowledged: 2, lastProblem: 'truncated' });
  });
});
