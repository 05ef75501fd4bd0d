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
import { requireDraft, requireNotPurged, wrongState } from './case-errors';
import { createCaseStore, type CaseStore, type CasesDeps } from './case-store';
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

type CasesApi = Core['cases'];

/** A new draft from the first values typed; the draft and its audit entry share one transaction. */
async function createDraft(store: CaseStore, ...[input, opts]: Parameters<CasesApi['createDraft']>): Promise<CaseView> {
  const { db, sql, now, audit } = store;
  const operator = parseOperator(opts);
  const draft = validateDraft(mergePatch({}, requireObjectPatch(input)));
  const id = randomUUID();
  db.transaction(() => {
    sql.insertDraft({ id, now: now().toISOString(), ...store.columns(draft, null) });
    const fields = changedPaths({}, draft);
    audit({ action: 'create', operator, caseId: id, details: { fields: fields.join(',') }, personal: personalOf(draft, fields) });
  })();
  return store.getCase(id);
}

/** Autosave of a draft: a patch that changes nothing writes nothing (and audits nothing). */
async function updateDraft(store: CaseStore, ...[idArg, patch, opts]: Parameters<CasesApi['update']>): Promise<CaseView> {
  const { db, sql, now, audit, cache } = store;
  const { id, operator } = parseIdAndOperator(idArg, opts);
  const r = store.row(id);
  requireNotPurged(r, { ja: '編集', en: 'edited' });
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
}

/** Only drafts can be discarded; a finalized case is never deleted. */
async function discardDraft(store: CaseStore, ...[idArg, opts]: Parameters<CasesApi['discard']>): Promise<CaseView> {
  const { db, sql, now, audit, cache } = store;
  const { id, operator } = parseIdAndOperator(idArg, opts);
  const r = store.row(id);
  requireNotPurged(r, { ja: '破棄', en: 'discarded' });
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
}

/** An amendment appended to a finalized case; its cached view is dropped even when the amendment fails. */
async function amend(store: CaseStore, ...[id, change]: Parameters<CasesApi['amend']>): Promise<CaseView> {
  const { db, sql, now, audit, cache, events } = store;
  const r = store.row(parseId(id));
  try {
    amendCase({ db, sql, events, now, audit, index: (d, n) => store.columns(d, n) }, store.viewOf(r), r, change);
  } finally {
    cache.forget(r.id);
  }
  return store.getCase(r.id);
}

export function createCases(deps: CasesDeps): CasesModule {
  const store = createCaseStore(deps);

  const api: CasesApi = {
    createDraft: (input, opts) => createDraft(store, input, opts),
    update: (idArg, patch, opts) => updateDraft(store, idArg, patch, opts),
    get: async (id) => store.getCase(id),
    list: async (filter) => listCases(store, parseFilter(filter)),
    evaluate: async (id) => evaluateView(store, store.getCase(id)),
    finalize: async (id, opts) => store.getCase(finalizeCase(store, id, opts)),
    closeNotVerified: async (id, opts) => store.getCase(closeNotVerified(store, id, opts)),
    discard: (idArg, opts) => discardDraft(store, idArg, opts),
    amend: (id, change) => amend(store, id, change),
    earlierRequests: async (account, opts) => earlierRequests(store, account, opts?.excludeId),
  };

  return {
    api,
    getCase: store.getCase,
    forgetViews: (id) => store.cache.forget(id),
  };
}
