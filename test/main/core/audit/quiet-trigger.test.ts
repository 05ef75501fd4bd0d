// Someone holding the database key cuts the newest rows and adds a trigger that silently ignores
// every 'audit-break' insert, hoping the cut is found but never recorded. The next open records
// the schema it found and the cut, after putting the table's triggers back as declared: the
// banner shows, and the trigger is gone.
import type Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useProbeCore } from './probe-access';
import { editAuditRows } from '../raw-db';

const probe = useProbeCore();

const QUIET = `CREATE TRIGGER audit_quiet BEFORE INSERT ON audit WHEN new.action = 'audit-break' BEGIN SELECT RAISE(IGNORE); END`;

async function reopenAfter(change: (db: Database.Database) => void) {
  const t = probe.current();
  await t.core.close();
  await probe.withRaw(t.dataDir, change);
  t.core = await probe.openAt(t.dataDir);
}

const problemsOnRecord = (dataDir: string) => probe.withRaw(dataDir, (db) => (db.prepare(`SELECT details FROM audit WHERE action = 'audit-break' ORDER BY seq`).pluck().all() as string[])
  .map((d) => (JSON.parse(d) as { problem: string }).problem));

describe('a trigger that keeps breaks out of the trail', () => {
  it('newest rows cut and break inserts ignored: both breaks recorded, on the banner, the trigger gone', async () => {
    const t = probe.current();
    for (let i = 0; i < 3; i++) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    await reopenAfter((db) => {
      editAuditRows(db, () => {
        const head = db.prepare('SELECT max(seq) FROM audit').pluck().get() as number;
        db.prepare('DELETE FROM audit WHERE seq > ?').run(head - 2);
      });
      db.exec(QUIET);
    });
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false });
    const status = await t.core.getAuditStatus();
    expect(status).toMatchObject({ unacknowledged: 2, lastProblem: 'truncated' });
    await t.core.close();
    expect(await problemsOnRecord(t.dataDir)).toEqual(['schema-changed', 'truncated']);
    expect(await probe.withRaw(t.dataDir, (db) => db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'audit_quiet'`).pluck().get())).toBe(0);
    t.core = await probe.openAt(t.dataDir);
  });

  it('a table that cannot take the break at all: the app does not open, and says to call IT', async () => {
    const t = probe.current();
    await t.core.cases.createDraft({ applicant: { name: 'n' } });
    await t.core.close();
    // Declared again so that a second break by 'system' is dropped on conflict (no trigger to put
    // back), with one such row already in: the break this open finds cannot be written.
    await probe.withRaw(t.dataDir, (db) => {
      const cols = 'seq, at, action, operator, case_id, details, personal, prev_hash, hash, keyed';
      db.exec(`
        CREATE TABLE audit_new (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, operator TEXT NOT NULL, case_id TEXT,
          details TEXT NOT NULL, personal TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, keyed INTEGER NOT NULL DEFAULT 0,
          UNIQUE (action, operator) ON CONFLICT IGNORE);
        INSERT INTO audit_new (${cols}) SELECT ${cols} FROM audit;
        INSERT INTO audit_new (${cols}) SELECT max(seq) + 1, '2026-01-01T00:00:00.000Z', 'audit-break', 'system', NULL, '{}', '{}', 'x', 'x', 1 FROM audit;
        DROP TABLE audit;
        ALTER TABLE audit_new RENAME TO audit;`);
    });
    await expect(probe.openAt(t.dataDir)).rejects.toMatchObject({ code: 'audit-unwritable', message: expect.stringContaining('Call IT') });
  });
});
