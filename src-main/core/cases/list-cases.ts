// cases.list: filtered by status and/or a search over names (kanji or kana), accounts and case
// numbers, newest change first. Matching ids come from SQL; the views come from the cache, and
// only the missing ones are decrypted, parsed and built (all in one pass).
import { z } from 'zod';
import type { CaseListFilter, CaseView } from '../../../src-shared/core-api';
import { CASE_STATUSES, zodIssues } from '../../../src-shared/domain';
import { CASE_COLUMNS, toAmendment, toView, type AmendmentRow, type CaseRow } from './case-rows';
import type { CaseStore } from './case-store';
import { likePattern } from './search-text';
import { validationError } from './validation-error';

const statusSchema = z.enum(CASE_STATUSES);
const filterSchema = z.object({
  status: z.union([statusSchema, z.array(statusSchema).max(statusSchema.options.length)]).optional(),
  query: z.string().max(200).optional(),
}).strict();

export function parseFilter(filter: unknown): CaseListFilter {
  const parsed = filterSchema.safeParse(filter ?? {});
  if (!parsed.success) throw validationError(zodIssues(parsed.error));
  return parsed.data;
}

export function listCases(store: CaseStore, filter: CaseListFilter): CaseView[] {
  const { db, cache } = store;
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.status !== undefined) {
    const statuses = typeof filter.status === 'string' ? [filter.status] : [...filter.status];
    if (statuses.length === 0) return [];
    where.push(`status IN (${statuses.map(() => '?').join(',')})`);
    params.push(...statuses);
  }
  if (filter.query && filter.query.trim() !== '') {
    where.push(`search LIKE ? ESCAPE '\\'`);
    params.push(likePattern(filter.query));
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  // (updated_at, rowid) is exactly the order of the cases_updated index: no sort step.
  const keys = db
    .prepare<unknown[], { id: string; updated_at: string }>(`SELECT id, updated_at FROM cases ${clause} ORDER BY updated_at DESC, rowid DESC`)
    .all(...params);
  const today = store.today();
  const missing = keys.filter((k) => !cache.get(k.id, k.updated_at, today));
  if (missing.length > 0) {
    const wanted = new Set(missing.map((k) => k.id));
    const rows = missing.length > 50
      ? db.prepare<unknown[], CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases ${clause}`).all(...params).filter((r) => wanted.has(r.id))
      : missing.map((k) => store.q.byId.get(k.id)).filter((r): r is CaseRow => r !== undefined);
    const amendments = new Map<string, AmendmentRow[]>();
    for (const a of db.prepare<[], AmendmentRow>('SELECT * FROM amendments ORDER BY case_id, seq').all()) {
      if (!wanted.has(a.case_id)) continue;
      amendments.set(a.case_id, [...(amendments.get(a.case_id) ?? []), a]);
    }
    for (const r of rows) cache.set(toView(r, (amendments.get(r.id) ?? []).map(toAmendment), today), today);
  }
  return keys.map((k) => cache.get(k.id, k.updated_at, today) ?? store.getCase(k.id));
}
