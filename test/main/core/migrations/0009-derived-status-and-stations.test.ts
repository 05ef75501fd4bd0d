import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../src-main/core/migrations';
import { STATION_ALPHABET } from '../../../../src-main/core/migrations/0009-derived-status-and-stations';
import { migrate } from '../../../../src-main/core/store/migrate';
import { migratedTo } from './migrate-upto';

type Db = ReturnType<typeof migratedTo>;

const addCase = (db: Db, id: string, status: string, extra: { purged?: boolean; delivered?: string } = {}): void => {
  const finalized = status !== 'draft';
  db.prepare(`INSERT INTO cases (id, status, input, case_number, submission_id, created_at, updated_at, status_changed_at, finalized_at, delivered_at, purged_at)
    VALUES (?, ?, '{}', ?, ?, 't', 't', 't', ?, ?, ?)`).run(
    id, status, finalized ? `engineering-2026-00000${id}` : null, finalized ? `sub-${id}` : null, finalized ? `2026-05-01T0${id}:00:00Z` : null,
    extra.delivered ?? null, extra.purged ? 't' : null,
  );
};
const addItem = (db: Db, id: string, state: string): void => {
  db.prepare(`INSERT INTO outbox (id, kind, case_id, case_number, channel, state, jws, payload_sha256, kid, queued_at, updated_at${state === 'handed-over' ? ', handed_over_at' : ''})
    VALUES (?, 'request', ?, ?, 'mail-form', ?, 'a.b.c', 'h', 'k', 'q', '2026-05-02T00:00:00Z'${state === 'handed-over' ? ", 'h'" : ''})`).run(`sub-${id}`, id, `engineering-2026-00000${id}`, state);
};

describe('migration 0009: derived status, an item for every finalized case, a station code', () => {
  it('gives every finalized case without an item its awaiting item, and none to one handed over, delivered, purged or a draft', () => {
    const db = migratedTo(8);
    addCase(db, '1', 'finalized'); // finalized before finalize made the item: gets one
    addCase(db, '2', 'handed-over'); addItem(db, '2', 'handed-over');
    addCase(db, '3', 'delivered', { delivered: '2026-05-03T00:00:00Z' }); addItem(db, '3', 'delivered');
    addCase(db, '4', 'finalized', { purged: true }); // its personal data is gone: nothing to sign
    addCase(db, '5', 'draft');
    addCase(db, '6', 'delivered', { delivered: '2026-05-04T00:00:00Z' }); // recorded delivered, item lost: never re-sent
    addCase(db, '7', 'awaiting-hand-off'); addItem(db, '7', 'awaiting-hand-off');
    migrate(db, migrations.slice(0, 9));

    const items = db.prepare('SELECT case_id, kind, channel, state, jws, kid, id FROM outbox ORDER BY case_id').all();
    expect(items).toEqual([
      { case_id: '1', kind: 'request', channel: 'mail-form', state: 'awaiting-hand-off', jws: '', kid: '', id: 'sub-1' }, // signed when the core opens
      { case_id: '2', kind: 'request', channel: 'mail-form', state: 'handed-over', jws: 'a.b.c', kid: 'k', id: 'sub-2' },
      { case_id: '3', kind: 'request', channel: 'mail-form', state: 'delivered', jws: 'a.b.c', kid: 'k', id: 'sub-3' },
      { case_id: '7', kind: 'request', channel: 'mail-form', state: 'awaiting-hand-off', jws: 'a.b.c', kid: 'k', id: 'sub-7' },
    ]);
    // The copy of the item's state is gone from cases (kept only where there is no item to derive it from).
    expect(db.prepare('SELECT id, status FROM cases ORDER BY id').all()).toEqual([
      { id: '1', status: 'finalized' }, { id: '2', status: 'finalized' }, { id: '3', status: 'finalized' }, { id: '4', status: 'finalized' },
      { id: '5', status: 'draft' }, { id: '6', status: 'delivered' }, { id: '7', status: 'finalized' },
    ]);
    // The delivery time moved to the item that was delivered.
    expect(db.prepare(`SELECT delivered_at FROM outbox WHERE case_id = '3'`).pluck().get()).toBe('2026-05-03T00:00:00Z');
    expect(db.prepare(`SELECT count(*) FROM pragma_table_info('cases') WHERE name = 'delivered_at'`).pluck().get()).toBe(0);
  });

  it('drops the status CHECK (a new status is no rebuild), keeps the amendments guarded, and adds a station code', () => {
    const db = migratedTo(8);
    addCase(db, '1', 'finalized');
    db.prepare(`INSERT INTO amendments (case_id, seq, field, old_value, new_value, reason, by, at) VALUES ('1', 1, 'f', '1', '2', 'r', 'b', 't')`).run();
    expect(() => db.prepare(`UPDATE cases SET status = 'archived'`).run()).toThrow(/CHECK/);
    migrate(db, migrations.slice(0, 9));
    expect(() => db.prepare(`UPDATE cases SET status = 'archived'`).run()).not.toThrow();
    expect(() => db.prepare('DELETE FROM amendments').run()).toThrow(/kept until/);
    expect(() => db.prepare(`INSERT INTO amendments (case_id, seq, field, old_value, new_value, reason, by, at) VALUES ('missing', 1, 'f', '1', '2', 'r', 'b', 't')`).run()).toThrow(/FOREIGN KEY/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const station = db.prepare(`SELECT value FROM meta WHERE key = 'station-code'`).pluck().get() as string;
    expect(station).toMatch(new RegExp(`^[${STATION_ALPHABET}]{3}$`));
  });

  it('migrates an empty database; each installation draws its own station code', () => {
    const codes = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const db = migratedTo(8);
      migrate(db, migrations.slice(0, 9));
      codes.add(db.prepare(`SELECT value FROM meta WHERE key = 'station-code'`).pluck().get() as string);
    }
    expect(codes.size).toBeGreaterThan(15); // 15,625 possible codes: 20 draws nearly never repeat
  });
});
