// What the case operations share: the database, the clock, the audit trail, row lookup, the
// derived index columns and the cache of built views.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { CaseView, Settings } from '../../../src-shared/core-api';
import { normalizeAccount, tokyoDate, type CaseDraft, type IsoDate } from '../../../src-shared/domain';
import { personalHash } from '../audit/hash';
import type { AuditEvent } from '../context';
import { parseId } from './arguments';
import { caseNotFound } from './case-errors';
import type { CaseEvents } from './case-events';
import { toAmendment, toView, type CaseRow, type IndexColumns } from './case-rows';
import { caseSql, type CaseSql } from './case-sql';
import { summaryOf } from './case-summary';
import { searchText } from './search-text';
import { versionOf, ViewCache } from './view-cache';

export interface CasesDeps {
  readonly db: Database.Database;
  readonly now: () => Date;
  readonly audit: (event: AuditEvent) => void;
  readonly settings: () => Settings;
  /** Per-installation key for hashes of personal values (see audit/hash.ts). */
  readonly hashKey: string;
  /** Told of every finalize and correction inside its transaction (the outbox adds its item there). */
  readonly events: CaseEvents;
}


export interface CaseStore extends CasesDeps {
  readonly sql: CaseSql;
  readonly cache: ViewCache;
  today(): IsoDate;
  row(id: string): CaseRow;
  viewOf(row: CaseRow): CaseView;
  getCase(id: string): CaseView;
  /** Keyed hash of the normalized UTokyo Account, or null while none is typed. */
  accountHash(draft: CaseDraft): string | null;
  normalizedAccount(value: string): string;
  columns(draft: CaseDraft, caseNumber: string | null): IndexColumns;
}

export function createCaseStore(deps: CasesDeps): CaseStore {
  const sql = caseSql(deps.db);
  const cache = new ViewCache();
  const today = () => tokyoDate(deps.now());
  const accountHash = (draft: CaseDraft): string | null => {
    const account = draft.applicant?.utokyoAccount ? normalizeAccount(draft.applicant.utokyoAccount) : '';
    return account ? personalHash(deps.hashKey, `account:${account}`) : null;
  };
  const row = (id: string): CaseRow => {
    const r = sql.byId(id);
    if (!r) throw caseNotFound();
    return r;
  };
  const viewOf = (r: CaseRow): CaseView => {
    const d = today();
    const version = versionOf(r);
    return cache.get(r.id, version, d) ?? cache.set(toView(r, sql.amendmentsOf(r.id).map(toAmendment), d), version, d);
  };
  return {
    ...deps,
    sql,
    cache,
    today,
    row,
    viewOf,
    getCase: (id) => viewOf(row(parseId(id))),
    accountHash,
    normalizedAccount: normalizeAccount,
    columns: (draft, caseNumber) => ({
      input: JSON.stringify(draft),
      search: searchText(draft, caseNumber),
      account_hash: accountHash(draft),
      services: JSON.stringify(draft.request?.services ?? []),
      summary: summaryOf(draft),
    }),
  };
}
