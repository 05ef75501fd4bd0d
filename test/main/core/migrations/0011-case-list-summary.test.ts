import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../src-main/core/migrations';
import { m0011 } from '../../../../src-main/core/migrations/0011-case-list-summary';
import { migrate } from '../../../../src-main/core/store/migrate';
import { migratedTo } from './migrate-upto';

const step = migrations.indexOf(m0011) + 1;

const addCase = (db: ReturnType<typeof migratedTo>, id: string, input: unknown): void => {
  db.prepare(`INSERT INTO cases (id, status, input, created_at, updated_at, status_changed_at) VALUES (?, 'draft', ?, 't', 't', 't')`)
    .run(id, typeof input === 'string' ? input : JSON.stringify(input));
};
const columns = (db: ReturnType<typeof migratedTo>) => db.prepare(`SELECT name FROM pragma_table_info('cases') ORDER BY cid`).pluck().all();
const summaries = (db: ReturnType<typeof migratedTo>) =>
  Object.fromEntries(db.prepare<[], { id: string; summary: string }>('SELECT id, summary FROM cases ORDER BY id').all().map((r) => [r.id, JSON.parse(r.summary) as unknown]));

describe('migration 0011: the case list summary', () => {
  it('gives every case the summary of its input with its amendments applied', () => {
    const db = migratedTo(step - 1);
    addCase(db, 'a', { applicant: { name: '東大 花子', nameKana: 'とうだい はなこ' }, eligibility: { departureDate: '2026-03-31', accountExpiryOverride: '2026-04-30' }, request: { reason: '理由' } });
    addCase(db, 'b', { applicant: { name: '駒場 太郎' } });
    // Purged by retention before: only the skeleton is left, nothing personal to summarize.
    addCase(db, 'c', { applicant: { facultyCode: 'engineering' }, request: { services: ['eccs-mail'] } });
    addCase(db, 'd', 'not json');
    db.prepare(`INSERT INTO amendments (case_id, seq, field, old_value, new_value, reason, by, at) VALUES ('b', 1, 'applicant.name', '"駒場 太郎"', '"駒場 次郎"', '誤記', '係長', 't')`).run();
    db.prepare(`INSERT INTO amendments (case_id, seq, field, old_value, new_value, reason, by, at) VALUES ('b', 2, 'applicant.name', '"駒場 次郎"', '"駒場 三郎"', '再訂正', '係長', 't')`).run();
    migrate(db, migrations.slice(0, step));
    expect(summaries(db)).toEqual({
      a: { name: '東大 花子', departureDate: '2026-03-31', accountExpiryOverride: '2026-04-30' },
      b: { name: '駒場 三郎' },
      c: {},
      d: {},
    });
    // The list's columns are all in its covering indexes.
    const indexed = (name: string) => db.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).pluck().all(name);
    expect(indexed('cases_list')).toEqual(['updated_at', 'id', 'status', 'case_number', 'search', 'summary']);
    expect(indexed('outbox_request_list')).toEqual(['case_id', 'state', 'updated_at']);
    // What every open asks of the outbox (the items still to sign) reads that small index only.
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM outbox WHERE kid = '' AND jws = '' AND kind = 'request' ORDER BY queued_at, id`).all();
    expect(plan.map((r) => (r as { detail: string }).detail)).toEqual(['SCAN outbox USING INDEX outbox_unsigned']);
  });

  it('gives a migrated database the schema a fresh one gets', () => {
    const db = migratedTo(step - 1);
    migrate(db, migrations.slice(0, step));
    expect(columns(db)).toEqual(columns(migratedTo(step)));
    const schema = (d: ReturnType<typeof migratedTo>) => d.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name`).all();
    expect(schema(db)).toEqual(schema(migratedTo(step)));
  });
});
