// 0011: the case list reads a small index, not every case.
// - cases.summary: the few input values the list shows or derives from (the applicant's name, the
//   departure date and the expiry override), amendments applied, as JSON (cases/case-summary.ts).
//   Every write of the input rewrites it; retention erases it with the input. Filled here for
//   every existing case from its stored input and amendments.
// - cases_list: a covering index of every column list() reads (its filter, its order and its
//   rows), so the first list after open decrypts only that index's pages instead of every case's
//   full row with its input.
// - outbox_request_list: the same for a case's request item (its state and last change), whose
//   rows also hold the signed request.
// - outbox_unsigned: the request items still to be signed, which every open looks for
//   (outbox/request-item.ts); without it that look read every item with its signed request.
import type { CaseDraft } from '../../../src-shared/domain';
import { applyAmendment } from '../cases/case-rows';
import { summaryOf } from '../cases/case-summary';
import type { Migration } from './migration';

interface Stored { id: string; input: string; purged_at: string | null }
interface StoredAmendment { case_id: string; field: string; new_value: string }

function parsed(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

export const m0011: Migration = {
  version: 11,
  name: '0011-case-list-summary',
  up(db) {
    db.exec(`ALTER TABLE cases ADD COLUMN summary TEXT NOT NULL DEFAULT '{}'`);
    const amendments = new Map<string, StoredAmendment[]>();
    for (const a of db.prepare<[], StoredAmendment>('SELECT case_id, field, new_value FROM amendments ORDER BY case_id, seq').all()) {
      amendments.set(a.case_id, [...(amendments.get(a.case_id) ?? []), a]);
    }
    const write = db.prepare('UPDATE cases SET summary = ? WHERE id = ?');
    for (const c of db.prepare<[], Stored>('SELECT id, input, purged_at FROM cases').all()) {
      const input = parsed(c.input);
      if (input === null || typeof input !== 'object') continue;
      const amended = (amendments.get(c.id) ?? []).reduce((d, a) => applyAmendment(d, { field: a.field, value: parsed(a.new_value) }), input as CaseDraft);
      write.run(summaryOf(amended, c.purged_at), c.id);
    }
    db.exec(`
      CREATE INDEX cases_list ON cases (updated_at, id, status, case_number, search, summary);
      CREATE INDEX outbox_request_list ON outbox (case_id, state, updated_at) WHERE kind = 'request';
      CREATE INDEX outbox_unsigned ON outbox (queued_at, id) WHERE kid = '' AND jws = '' AND kind = 'request';
    `);
  },
};
