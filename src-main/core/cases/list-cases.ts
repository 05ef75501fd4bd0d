// cases.list: filtered by (derived) status and/or a search over names (kanji or kana), accounts and
// case numbers, newest change first. Matching ids come from SQL (case-sql.ts); the views come from
// the cache, and only the missing ones are decrypted, parsed and built (all in one pass); with a
// cold cache the rows themselves come in the list's order and every view is built from them.
import { z } from 'zod';
import type { CaseListFilter, CaseView } from '../../../src-shared/core-api';
import { CASE_STATUSES, zodIssues, type IsoDate } from '../../../src-shared/domain';
import { toAmendment, toView, type AmendmentRow, type CaseRow } from './case-rows';
import { inListOrder } from './case-sql';
import type { CaseStore } from './case-store';
import { likePattern } from './search-text';
import { validationError } from './validation-error';
import { versionOf } from './view-cache';

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
  const { sql, cache } = store;
  const statuses = filter.status === undefined ? undefined : typeof filter.status === 'string' ? [filter.status] : [...filter.status];
  if (statuses?.length === 0) return [];
  const where = {
    ...(statuses === undefined ? {} : { statuses }),
    ...(filter.query && filter.query.trim() !== '' ? { like: likePattern(filter.query) } : {}),
  };
  const today = store.today();
  // A cold cache (the first list after open): one ordered pass builds every view, rather than
  // a pass for the keys and a second one over the same pages for the rows.
  if (cache.size < COLD_CACHE) return buildViews(store, inListOrder(sql.listRows(where)), today);
  const keys = sql.listKeys(where);
  const missing = keys.filter((k) => !cache.get(k.id, versionOf(k), today));
  if (missing.length > 0) {
    const wanted = new Set(missing.map((k) => k.id));
    const rows = missing.length > 50
      ? sql.listRows(where).filter((r) => wanted.has(r.id))
      : missing.map((k) => sql.byId(k.id)).filter((r): r is CaseRow => r !== undefined);
    buildViews(store, rows, today);
  }
  return keys.map((k) => cache.get(k.id, versionOf(k), today) ?? store.getCase(k.id));
}

/** Below this many cached views, list() reads and builds everything in one pass. */
const COLD_CACHE = 50;

/** Builds (and caches) the views of `rows`, their amendments applied, in the rows' order. */
function buildViews(store: CaseStore, rows: readonly CaseRow[], today: IsoDate): CaseView[] {
  const wanted = new Set(rows.map((r) => r.id));
  const amendments = new Map<string, AmendmentRow[]>();
  for (const a of store.sql.allAmendments()) {
    if (!wanted.has(a.case_id)) continue;
    amendments.set(a.case_id, [...(amendments.get(a.case_id) ?? []), a]);
  }
  return rows.map((r) => store.cache.set(toView(r, (amendments.get(r.id) ?? []).map(toAmendment), today), versionOf(r), today));
}
