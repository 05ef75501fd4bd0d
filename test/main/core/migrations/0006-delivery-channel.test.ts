import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../src-main/core/migrations';
import { migrate } from '../../../../src-main/core/store/migrate';
import { migratedTo } from './migrate-upto';

describe('migration 0006: delivery channel, hand-off, correction notices', () => {
  it('keeps every case, amendment and outbox item; adds the mail-form states; one request per case, any number of notices', () => {
    const db = migratedTo(5);
    db.prepare(`INSERT INTO cases (id, status, input, case_number, submission_id, created_at, updated_at, status_changed_at) VALUES ('c1', 'queued', '{"a":1}', 'N-1', 's1', 't', 't', 't')`).run();
    db.prepare(`INSERT INTO amendments (case_id, seq, field, old_value, new_value, reason, by, at) VALUES ('c1', 1, 'f', '1', '2', 'r', 'b', 't')`).run();
    db.prepare(`INSERT INTO outbox (id, case_id, case_number, state, jws, payload_sha256, kid, attempts, next_attempt_at, queued_at, updated_at)
      VALUES ('s1', 'c1', 'N-1', 'queued', 'a.b.c', 'h', 'k', 2, 42, 't', 't')`).run();
    migrate(db, migrations.slice(0, 6));

    // Existing items were queued for the endpoint, and stay so.
    expect(db.prepare('SELECT id, kind, channel, state, attempts, next_attempt_at, jws FROM outbox').get())
      .toEqual({ id: 's1', kind: 'request', channel: 'endpoint', state: 'queued', attempts: 2, next_attempt_at: 42, jws: 'a.b.c' });
    expect(db.prepare(`SELECT status, input, case_number FROM cases`).get()).toEqual({ status: 'queued', input: '{"a":1}', case_number: 'N-1' });
    expect(db.prepare('SELECT count(*) AS n FROM amendments').get()).toEqual({ n: 1 });

    // The cases' CHECK accepts the two new statuses and still refuses others.
    db.prepare(`UPDATE cases SET status = 'awaiting-hand-off'`).run();
    db.prepare(`UPDATE cases SET status = 'handed-over'`).run();
    expect(() => db.prepare(`UPDATE cases SET status = 'lost'`).run()).toThrow(/CHECK/);
    // The rebuilt table is still the amendments' parent, and the triggers still guard them.
    expect(() => db.prepare(`INSERT INTO amendments (case_id, seq, field, old_value, new_value, reason, by, at) VALUES ('missing', 1, 'f', '1', '2', 'r', 'b', 't')`).run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('DELETE FROM amendments').run()).toThrow(/kept until/);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);

    const add = db.prepare(`INSERT INTO outbox (id, kind, case_id, case_number, channel, amends_submission_id, state, jws, payload_sha256, kid, queued_at, updated_at)
      VALUES (?, ?, 'c1', 'N-1', 'mail-form', ?, ?, 'a.b.c', 'h', 'k', 't', 't')`);
    expect(() => add.run('s2', 'request', null, 'awaiting-hand-off')).toThrow(/UNIQUE/); // one request per case
    add.run('n1', 'amendment', 's1', 'awaiting-hand-off');
    add.run('n2', 'amendment', 's1', 'awaiting-hand-off');
    expect(() => add.run('n3', 'amendment', null, 'awaiting-hand-off')).toThrow(/CHECK/); // a notice names its request
    expect(() => add.run('n4', 'amendment', 's1', 'handed-over')).toThrow(/CHECK/); // handed over without a time
    expect(() => add.run('n5', 'amendment', 's1', 'finalized')).toThrow(/CHECK/);
    db.prepare(`UPDATE outbox SET state = 'handed-over', handed_over_at = 't', handed_over_by = 'b', hand_off_reference = 'R' WHERE id = 'n1'`).run();
    expect(db.prepare(`SELECT count(*) AS n FROM outbox WHERE case_id = 'c1'`).get()).toEqual({ n: 3 });
  });
});
