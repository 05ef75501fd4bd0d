// Cases: drafts that autosave on every change, then finalize (locked, numbered), amendments
// appended afterwards, discard for drafts. Every write and its audit entry share one transaction,
// and better-sqlite3 commits synchronously, so a resolved promise means the change is on disk.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import type { CaseListFilter, CaseView, Settings } from '../../../src-shared/core-api';
import {
  caseInputSchema, evaluateCase, makeIssue, normalizeAccount, tokyoDate, zodIssues,
  type CaseDraft, type CaseStatus, type Evaluation, type HistoryEntry, type ServiceId,
} from '../../../src-shared/domain';
import { personalHash } from '../audit/hash';
import type { AuditEvent } from '../context';
import type { Core } from '../core-types';
import { CoreError } from '../errors';
import { amendCase } from './amend';
import { parseId, parseOperator } from './arguments';
import { caseNotFound, wrongState } from './case-errors';
import { nextCaseNumber } from './case-number';
import { CASE_COLUMNS, caseQueries, toAmendment, toView, type AmendmentRow, type CaseRow } from './case-rows';
import { requireObjectPatch, validateDraft } from './draft-validation';
import { changedPaths, leaves, mergePatch } from './json-paths';
import { normalizeInput } from './normalize-input';
import { likePattern, searchText } from './search-text';
import { validationError } from './validation-error';
import { ViewCache } from './view-cache';

export interface CasesDeps {
  readonly db: Database.Database;
  readonly now: () => Date;
  readonly audit: (event: AuditEvent) => void;
  readonly settings: () => Settings;
  /** Per-installation key for hashes of personal values (see audit/hash.ts). */
  readonly hashKey: string;
}

export interface CasesModule {
  readonly api: Core['cases'];
  /** Drop cached views (after a write outside this module, e.g. retention). */
  forgetViews(id?: string): void;
  getCase(id: string): CaseView;
  setCaseStatus(id: string, status: CaseStatus): void;
}

const statusSchema = z.enum(['draft', 'finalized', 'queued', 'sending', 'delivered', 'needs-attention', 'discarded']);
const filterSchema = z.object({
  status: z.union([statusSchema, z.array(statusSchema).max(7)]).optional(),
  query: z.string().max(200).optional(),
}).strict();

/** Outbox-driven transitions (CoreContext.setCaseStatus). */
const TRANSITIONS: Partial<Record<CaseStatus, readonly CaseStatus[]>> = {
  finalized: ['queued'],
  queued: ['sending', 'delivered', 'needs-attention'],
  sending: ['queued', 'delivered', 'needs-attention'],
  'needs-attention': ['queued', 'sending'],
};

/** Changed values for the audit trail, which stores only their keyed hashes. */
function personalOf(doc: unknown, paths: readonly string[]): Record<string, string> {
  const all = leaves(doc);
  return Object.fromEntries(paths.map((p) => [p, JSON.stringify(all.get(p) ?? null)]));
}

export function createCases(deps: CasesDeps): CasesModule {
  const { db, now, audit, hashKey } = deps;
  const q = caseQueries(db);
  const today = () => tokyoDate(now());
  const accountHash = (draft: CaseDraft): string | null => {
    const account = draft.applicant?.utokyoAccount ? normalizeAccount(draft.applicant.utokyoAccount) : '';
    return account ? personalHash(hashKey, `account:${account}`) : null;
  };
  const insertCase = db.prepare(
    `INSERT INTO cases (id, status, input, search, account_hash, services, created_at, updated_at, status_changed_at)
     VALUES (@id, 'draft', @input, @search, @account_hash, @services, @now, @now, @now)`,
  );
  const writeInput = db.prepare(
    'UPDATE cases SET input = @input, search = @search, account_hash = @account_hash, services = @services, updated_at = @now WHERE id = @id',
  );
  const derivedColumns = (draft: CaseDraft, caseNumber: string | null) => ({
    input: JSON.stringify(draft),
    search: searchText(draft, caseNumber),
    account_hash: accountHash(draft),
    services: JSON.stringify(draft.request?.services ?? []),
  });

  const row = (id: string): CaseRow => {
    const r = q.byId.get(id);
    if (!r) throw caseNotFound();
    return r;
  };
  const cache = new ViewCache();
  const viewOf = (r: CaseRow): CaseView => {
    const d = today();
    return cache.get(r.id, r.updated_at, d) ?? cache.set(toView(r, q.amendmentsOf.all(r.id).map(toAmendment), d), d);
  };
  const getCase = (id: string): CaseView => viewOf(row(parseId(id)));

  const historyFor = (id: string, draft: CaseDraft): HistoryEntry[] => {
    const hash = accountHash(draft);
    if (!hash) return [];
    const account = normalizeAccount(draft.applicant?.utokyoAccount ?? '');
    // Matched by the account hash, so cases whose personal data was purged still count.
    return db
      .prepare<[string, string], { status: CaseStatus; services: string; case_number: string | null }>(
        'SELECT status, services, case_number FROM cases WHERE account_hash = ? AND id <> ?',
      )
      .all(hash, id)
      .map((h) => ({ utokyoAccount: account, services: JSON.parse(h.services) as ServiceId[], status: h.status, caseNumber: h.case_number }));
  };

  const evaluateView = (v: CaseView): Evaluation => {
    const s = deps.settings();
    return evaluateCase(v.input, {
      today: today(),
      departmentCode: s.department.code,
      history: historyFor(v.id, v.input),
      ...(s.studentNumberPattern ? { studentNumberPattern: s.studentNumberPattern } : {}),
    });
  };

  const requireDraft = (r: CaseRow, action: { ja: string; en: string }): void => {
    if (r.status !== 'draft') {
      throw wrongState(r.status, action, {
        ja: '確定後の訂正は「訂正(追記)」で記録してください。',
        en: 'Record a correction as an amendment instead.',
      });
    }
  };

  const api: Core['cases'] = {
    async createDraft(input, opts) {
      const operator = parseOperator(opts);
      const draft = validateDraft(mergePatch({}, requireObjectPatch(input)));
      const id = randomUUID();
      const at = now().toISOString();
      db.transaction(() => {
        insertCase.run({ id, now: at, ...derivedColumns(draft, null) });
        const fields = changedPaths({}, draft);
        audit({ action: 'create', operator, caseId: id, details: { fields: fields.join(',') }, personal: personalOf(draft, fields) });
      })();
      return getCase(id);
    },

    async update(id, patch, opts) {
      const operator = parseOperator(opts);
      const r = row(parseId(id));
      requireDraft(r, { ja: '編集', en: 'edited' });
      const before = JSON.parse(r.input) as CaseDraft;
      const draft = validateDraft(mergePatch(before, requireObjectPatch(patch)));
      const fields = changedPaths(before, draft);
      if (fields.length === 0) return viewOf(r);
      db.transaction(() => {
        writeInput.run({ id: r.id, now: now().toISOString(), ...derivedColumns(draft, null) });
        cache.forget(r.id);
        audit({ action: 'update', operator, caseId: r.id, details: { fields: fields.join(',') }, personal: personalOf(draft, fields) });
      })();
      return getCase(r.id);
    },

    async get(id) {
      return getCase(id);
    },

    async list(filter) {
      const parsed = filterSchema.safeParse(filter ?? {});
      if (!parsed.success) throw validationError(zodIssues(parsed.error));
      return listCases(parsed.data);
    },

    async evaluate(id) {
      return evaluateView(getCase(id));
    },

    async finalize(id, opts) {
      const operator = parseOperator(opts ?? {});
      const r = row(parseId(id));
      requireDraft(r, { ja: '確定', en: 'finalized' });
      const view = viewOf(r);
      const settings = deps.settings();
      const evaluation = evaluateView(view);
      const issues = [...evaluation.issues];
      if (!settings.department.code) issues.unshift(makeIssue('settings.department', 'settings.department-unconfigured'));
      if (issues.length > 0) {
        throw validationError(issues, {
          ja: '確定できません。次の項目を確認してください。下書きはそのまま保存されています。',
          en: 'The case cannot be finalized yet. Check the items below; the draft is still saved.',
        });
      }
      const complete = caseInputSchema.safeParse(view.input);
      if (!complete.success) throw validationError(zodIssues(complete.error));
      const input = normalizeInput(complete.data);
      const at = now();
      const year = Number(tokyoDate(at).slice(0, 4));
      db.transaction(() => {
        const { caseNumber, seq } = nextCaseNumber(db, settings.department.code, year);
        db.prepare(
          `UPDATE cases SET status = 'finalized', input = @input, search = @search, account_hash = @account_hash, services = @services,
             case_number = @caseNumber, submission_id = @submissionId, department_code = @dept, case_year = @year, case_seq = @seq,
             finalized_at = @at, finalized_by = @operator, updated_at = @at, status_changed_at = @at
           WHERE id = @id AND status = 'draft'`,
        ).run({
          id: r.id, ...derivedColumns(input, caseNumber), caseNumber, submissionId: randomUUID(),
          dept: settings.department.code, year, seq, at: at.toISOString(), operator,
        });
        audit({ action: 'finalize', operator, caseId: r.id, details: { caseNumber, status: 'finalized' } });
      })();
      cache.forget(r.id);
      return getCase(r.id);
    },

    async discard(id, opts) {
      const operator = parseOperator(opts);
      const r = row(parseId(id));
      if (r.status !== 'draft') {
        throw wrongState(r.status, { ja: '破棄', en: 'discarded' }, {
          ja: '破棄できるのは下書きだけです。確定済みの案件は削除されません。',
          en: 'Only drafts can be discarded; finalized cases are never deleted.',
        });
      }
      const at = now().toISOString();
      db.transaction(() => {
        db.prepare(`UPDATE cases SET status = 'discarded', discarded_at = ?, updated_at = ?, status_changed_at = ? WHERE id = ?`).run(at, at, at, r.id);
        audit({ action: 'discard', operator, caseId: r.id, details: { status: 'discarded' } });
      })();
      cache.forget(r.id);
      return getCase(r.id);
    },

    async amend(id, change) {
      const r = row(parseId(id));
      try {
        amendCase({ db, now, audit, index: (d, n) => ({ search: searchText(d, n), account_hash: accountHash(d) }) }, viewOf(r), r, change);
      } finally {
        cache.forget(r.id);
      }
      return getCase(r.id);
    },
  };

  function listCases(filter: CaseListFilter): CaseView[] {
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
    const keys = db.prepare<unknown[], { id: string; updated_at: string }>(`SELECT id, updated_at FROM cases ${clause} ORDER BY updated_at DESC, rowid DESC`).all(...params);
    const d = today();
    const missing = keys.filter((k) => !cache.get(k.id, k.updated_at, d));
    if (missing.length > 0) {
      // Build the missing views in one pass (all amendments at once: they are few).
      const wanted = new Set(missing.map((k) => k.id));
      const rows = missing.length > 50
        ? db.prepare<unknown[], CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases ${clause}`).all(...params).filter((r) => wanted.has(r.id))
        : missing.map((k) => q.byId.get(k.id)).filter((r): r is CaseRow => r !== undefined);
      const amendments = new Map<string, AmendmentRow[]>();
      for (const a of db.prepare<[], AmendmentRow>('SELECT * FROM amendments ORDER BY case_id, seq').all()) {
        if (!wanted.has(a.case_id)) continue;
        const list = amendments.get(a.case_id) ?? [];
        list.push(a);
        amendments.set(a.case_id, list);
      }
      for (const r of rows) cache.set(toView(r, (amendments.get(r.id) ?? []).map(toAmendment), d), d);
    }
    return keys.map((k) => cache.get(k.id, k.updated_at, d) ?? getCase(k.id));
  }

  function setCaseStatus(id: string, status: CaseStatus): void {
    const r = row(parseId(id));
    if (r.status === status) return;
    if (!TRANSITIONS[r.status]?.includes(status)) {
      throw new CoreError('invalid-state', {
        ja: `案件の状態を「${r.status}」から「${status}」に変更できません。`,
        en: `A case cannot move from ${r.status} to ${status}.`,
      });
    }
    const at = now().toISOString();
    db.prepare(
      `UPDATE cases SET status = @status, status_changed_at = @at, updated_at = @at,
         delivered_at = CASE WHEN @status = 'delivered' THEN @at ELSE delivered_at END WHERE id = @id`,
    ).run({ id: r.id, status, at });
    cache.forget(r.id);
  }

  return { api, getCase, setCaseStatus, forgetViews: (id) => cache.forget(id) };
}
