// cases.list: filtered by (derived) status and/or a search over names (kanji or kana), accounts and
// case numbers, newest change first. One query over the list's covering indexes (case-sql.ts)
// gives every matching case's summary (case-summary.ts); no case input is decrypted or parsed.
import { z } from 'zod';
import type { CaseListFilter, CaseSummary } from '../../../src-shared/core-api';
import { CASE_STATUSES, zodIssues } from '../../../src-shared/domain';
import { inListOrder } from './case-sql';
import type { CaseStore } from './case-store';
import { toSummary } from './case-summary';
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

export function listCases(store: CaseStore, filter: CaseListFilter): CaseSummary[] {
  const statuses = filter.status === undefined ? undefined : typeof filter.status === 'string' ? [filter.status] : [...filter.status];
  if (statuses?.length === 0) return [];
  const where = {
    ...(statuses === undefined ? {} : { statuses }),
    ...(filter.query && filter.query.trim() !== '' ? { like: likePattern(filter.query) } : {}),
  };
  const today = store.today();
  return inListOrder(store.sql.listRows(where)).map((r) => toSummary(r, today));
}
