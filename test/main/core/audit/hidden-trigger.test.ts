// A trigger on the audit table hidden by editing its sqlite_master row (writable_schema): naming
// another table or another type makes SQLite refuse the database (noticed); a type written in
// capitals loads, and cannot be dropped, so the app refuses to open ('call IT') rather than record
// breaks that the trigger would rewrite or drop.
import type Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useProbeCore } from './probe-access';
import { editAuditRows } from '../raw-db';

const probe = useProbeCore();
const COLS = 'seq, at, action, operator, case_id, details, personal, prev_hash, hash, keyed';

/** Every 'audit-break' row is replaced (INSERT OR REPLACE: no delete trigger fires) by a 'note' row with the same seq and hash. */
const REWRITE = `CREATE TRIGGER zz_hidden AFTER INSERT ON audit WHEN new.action = 'audit-break' BEGIN
  INSERT OR REPLACE INTO audit (${COLS}) VALUES (new.seq, new.at, 'note', new.operator, new.case_id, '{}', '{}', new.prev_hash, new.hash, 1); END`;
const QUIET = `CREATE TRIGGER zz_hidden BEFORE INSERT ON audit WHEN new.action = 'audit-break' BEGIN SELECT RAISE(IGNORE); END`;

function hide(db: Database.Database, sql: string, spoof: { tbl_name?: string; type?: string }) {
  db.exec(sql);
  db.unsafeMode(true);
  db.pragma('writable_schema = ON');
  if (spoof.tbl_name) db.prepare(`UPDATE sqlite_master SET tbl_name = ? WHERE name = 'zz_hidden'`).run(spoof.tbl_name);
  if (spoof.type) db.prepare(`UPDATE sqlite_master SET type = ? WHERE name = 'zz_hidden'`).run(spoof.type);
  db.pragma('writable_schema = OFF');
  db.unsafeMode(false);
}

function cutNewest(db: Database.Database) {
  editAuditRows(db, () => {
    const head = db.prepare('SELECT max(seq) FROM audit').pluck().get() as number;
    db.prepare('DELETE FROM audit WHERE seq > ?').run(head - 2);
  });
}

describe('a trigger on audit hidden by editing sqlite_master', () => {
  for (const spoof of [{ tbl_name: 'meta' }, { type: 'table' }, { type: 'view' }] as { tbl_name?: string; type?: string }[]) {
    it(`${JSON.stringify(spoof)} makes the database unreadable`, async () => {
      const t = probe.current();
      await t.core.cases.createDraft({ applicant: { name: 'n' } });
      await t.core.close();
      await probe.withRaw(t.dataDir, (db) => { cutNewest(db); hide(db, REWRITE, spoof); });
      await expect(probe.openAt(t.dataDir)).rejects.toMatchObject({ code: 'database-unreadable' });
      await probe.withRaw(t.dataDir, (db) => { db.unsafeMode(true); db.pragma('writable_schema = ON'); db.prepare(`DELETE FROM sqlite_master WHERE name = 'zz_hidden'`).run(); });
      t.core = await probe.openAt(t.dataDir);
    });
  }

  it.each([['rewrites each break into a note', REWRITE], ['ignores each break', QUIET]])("type written 'TRIGGER', %s: the app does not open, and says to call IT", async (_, sql) => {
    const t = probe.current();
    for (let i = 0; i < 3; i++) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    await t.core.close();
    await probe.withRaw(t.dataDir, (db) => { cutNewest(db); hide(db, sql, { type: 'TRIGGER' }); });
    await expect(probe.openAt(t.dataDir)).rejects.toMatchObject({ code: 'audit-unwritable' });
    await probe.withRaw(t.dataDir, (db) => { db.unsafeMode(true); db.pragma('writable_schema = ON'); db.prepare(`DELETE FROM sqlite_master WHERE name = 'zz_hidden'`).run(); });
    t.core = await probe.openAt(t.dataDir);
  });
});
