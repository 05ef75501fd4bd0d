// An audit entry is either the new head of the trail or an error: a table edited outside the app so
// that it ignores an insert, or slips another row in, never lets an entry (a break above all) pass
// unwritten. The failed entry leaves nothing behind, and the operation it belonged to rolls back.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditLog, type AuditLog } from '../../../../src-main/core/audit/audit-log';
import { migrations } from '../../../../src-main/core/migrations';
import { migrate } from '../../../../src-main/core/store/migrate';

const KEY = 'k'.repeat(64);
let db: Database.Database;
let log: AuditLog;
const rows = () => db.prepare('SELECT seq, action FROM audit ORDER BY seq').all();

beforeEach(() => {
  db = new Database(':memory:');
  migrate(db, migrations);
  log = createAuditLog(db, KEY, () => new Date('2026-04-01T00:00:00Z'));
  log.append({ action: 'create', operator: '窓口 太郎' });
});
afterEach(() => db.close());

describe('an audit entry the table does not take as written', () => {
  it('a trigger that silently ignores break entries: the break is an error, not a no-op', () => {
    db.exec(`CREATE TRIGGER audit_quiet BEFORE INSERT ON audit WHEN new.action = 'audit-break' BEGIN SELECT RAISE(IGNORE); END`);
    const before = rows();
    expect(() => log.append({ action: 'audit-break', operator: 'system', details: { problem: 'truncated' } })).toThrow(expect.objectContaining({ code: 'audit-unwritable' }));
    expect(rows()).toEqual(before);
    log.append({ action: 'update', operator: '窓口 太郎' }); // other entries still go in, linked to the head
    expect(log.verifyChain()).toMatchObject({ ok: true, entries: 2 });
  });

  it('a trigger that slips another row in above it: an error, and neither row stays', () => {
    db.exec(`CREATE TRIGGER audit_slip BEFORE INSERT ON audit WHEN new.action = 'audit-break'
      BEGIN INSERT INTO audit (seq, at, action, operator, case_id, details, personal, prev_hash, hash, keyed)
        VALUES (new.seq + 1, new.at, 'update', 'system', NULL, '{}', '{}', new.hash, new.hash, 1); END`);
    const before = rows();
    expect(() => log.append({ action: 'audit-break', operator: 'system' })).toThrow(expect.objectContaining({ code: 'audit-unwritable' }));
    expect(rows()).toEqual(before);
  });

  it('inside an operation: the whole operation rolls back', () => {
    db.exec(`CREATE TRIGGER audit_quiet BEFORE INSERT ON audit BEGIN SELECT RAISE(IGNORE); END`);
    const operation = db.transaction(() => {
      db.prepare(`INSERT INTO meta (key, value) VALUES ('probe', 'written')`).run();
      log.append({ action: 'settings', operator: '窓口 太郎' });
    });
    expect(() => operation()).toThrow(expect.objectContaining({ code: 'audit-unwritable' }));
    expect(db.prepare(`SELECT value FROM meta WHERE key = 'probe'`).get()).toBeUndefined();
  });
});
