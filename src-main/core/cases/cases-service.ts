// core.cases: drafts that autosave on every change, then finalize (locked, numbered; the outbox
// adds the hand-off item in the same transaction), amendments appended afterwards (each with its
// correction notice), discard for drafts. Every write and its audit entry share one transaction,
// and better-sqlite3 commits synchronously, so a resolved promise means the change is on disk.
import { randomUUID } from 'node:crypto';
import type { CaseView } from '../../../src-shared/core-api';
import type { CaseDraft } from '../../../src-shared/domain';
import type { Core } from '../core-types';
import { amendCase } from './amend';
import { parseId, parseIdAndOperator, parseOperator } from './arguments';
import { requireDraft, wrongState } from './case-errors';
import { createCaseStore, type CasesDeps } from './case-store';
import { requireObjectPatch, validateDraft } from './draft-validation';
import { earlierRequests } from './earlier-requests';
import { evaluateView } from './evaluate-case';
import { finalizeCase } from './finalize-case';
import { closeNotVerified } from './close-case';
import { changedPaths, leaves, mergePatch } from './json-paths';
import { listCases, parseFilter } from './list-cases';

export type { CasesDeps } from './case-store';

export interface CasesModule {
  readonly api: Core['cases'];
  getCase(id: string): CaseView;
  /** Drop cached views (after a write outside this module, e.g. retention). */
  forgetViews(id?: string): void;
}

/** Changed values for the audit trail, which stores only their keyed hashes. */
function personalOf(doc: unknown, paths: readonly string[]): Record<string, string> {
  const all = leaves(doc);
  return Object.fromEntries(paths.map((p) => [p, JSON.stringify(all.get(p) ?? null)]));
}

export function createCases(deps: CasesDeps): CasesModule {
  const store = createCaseStore(deps);
  const { db, sql, now, audit, cache } = store;

  const api: Core['cases'] = {
    async createDraft(input, opts) {
      const operator = parseOperator(opts);
      const draft = validateDraft(mergePatch({}, requireObjectPatch(input)));
      const id = randomUUID();
      db.transaction(() => {
        sql.insertDraft({ id, now: now().toISOString(), ...store.columns(draft, null) });
        const fields = changedPaths({}, draft);
        audit({ action: 'create', operator, caseId: id, details: { fields: fields.join(',') }, personal: personalOf(draft, fields) });
      })();
      return store.getCase(id);
    },

    async update(idArg, patch, opts) {
      const { id, operator } = parseIdAndOperator(idArg, opts);
      const r = store.row(id);
      requireDraft(r.status, { ja: '編集', en: 'edited' });
      const before = JSON.parse(r.input) as CaseDraft;
      const draft = validateDraft(mergePatch(before, requireObjectPatch(patch)));
      const fields = changedPaths(before, draft);
      if (fields.length === 0) return store.viewOf(r);
      db.transaction(() => {
        sql.writeInput({ id: r.id, now: now().toISOString(), ...store.columns(draft, null) });
        audit({ action: 'update', operator, caseId: r.id, details: { fields: fields.join(',') }, personal: personalOf(draft, fields) });
      })();
      cache.forget(r.id);
      return store.getCase(r.id);
    },

    async get(id) {
      return store.getCase(id);
    },

    async list(filter) {
      return listCases(store, parseFilter(filter));
    },

    async evaluate(id) {
      return evaluateView(store, store.getCase(id));
    },

    async finalize(id, opts) {
      return store.getCase(finalizeCase(store, id, opts));
    },

    async closeNotVerified(id, opts) {
      return store.getCase(closeNotVerified(store, id, opts));
    },

    async discard(idArg, opts) {
      const { id, operator } = parseIdAndOperator(idArg, opts);
      const r = store.row(id);
      if (r.status !== 'draft') {
        throw wrongState(r.status, { ja: '破棄', en: 'discarded' }, {
          ja: '破棄できるのは下書きだけです。確定済みの案件は削除されません。',
          en: 'Only drafts can be discarded; finalized cases are never deleted.',
        });
      }
      const at = now().toISOString();
      db.transaction(() => {
        sql.discard(r.id, at);
        audit({ action: 'discard', operator, caseId: r.id, details: { status: 'discarded' } });
      })();
      cache.forget(r.id);
      return store.getCase(r.id);
    },

    async amend(id, change) {
      const r = store.row(parseId(id));
      try {
        amendCase({ db, sql, events: deps.events, now, audit, index: (d, n) => store.columns(d, n) }, store.viewOf(r), r, change);
      } finally {
        cache.forget(r.id);
      }
      return store.getCase(r.id);
    },

    async earlierRequests(account, opts) {
      return earlierRequests(store, account, opts?.excludeId);
    },
  };

  return {
    api,
    getCase: store.getCase,
    forgetViews: (id) => cache.forget(id),
  };
}
