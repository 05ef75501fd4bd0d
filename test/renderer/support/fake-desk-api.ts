// An in-memory SalvageDeskApi for component tests only (never used by the app): drafts merge
// like the core's JSON merge patch, evaluation uses the shared rules, and every call is recorded
// so tests can check what the UI asked the core to do. `failNext` makes the next call of a method
// fail the way the core reports errors.
import type { CaseDraft, CaseView, CoreErrorData, MachineProfileStatus, MailFormLink, OutboxItem, Result, Settings } from '../../../src-shared/core-api';
import { amendablePath, caseDraftSchema, containsMyNumber, evaluateCase, makeIssue, normalizeAccount, tokyoDate, deriveWindow } from '../../../src-shared/domain';
import type { SalvageDeskApi } from '../../../src-shared/ipc-contract';
import { listRowOf } from '../../support/case-list-row';
import { checkPrefillTemplate } from '../../../src-shared/protocol/prefill-template';
import { checkMailFormUrl } from '../../../src-shared/protocol/mail-form-url';
import { destinationsToConfirm, otherDestinations } from '../../../src-shared/protocol/mail-form-destination';
import { profileChanges, profilePatch, type Profile } from '../../../src-shared/profile/profile-schema';

export interface FakeDesk {
  readonly api: SalvageDeskApi;
  readonly calls: { method: string; request: unknown }[];
  readonly cases: Map<string, CaseView>;
  settings: Settings;
  outbox: OutboxItem[];
  failNext(method: string, error?: CoreErrorData): void;
  /** Holds the next call of a method until the returned function is called (a slow core). */
  holdNext(method: string): () => void;
  emitOutbox(items: OutboxItem[]): void;
  callsOf(method: string): unknown[];
  /** What copyText put on the (fake) clipboard, latest last. */
  readonly clipboard: string[];
  /** URLs openMailForm opened, latest last. */
  readonly opened: string[];
  /** What the next importProfile "opens" (main's file dialog); null: the dialog is cancelled. */
  profileFile: { fileName: string; profile: Profile } | null;
  /** This installation's station code (stationCode / setStationCode). */
  stationCode: string;
  /** What became of the machine-wide profile at this start. */
  machineProfile: MachineProfileStatus;
  /** Replaces parts of what getMailFormLink answers (e.g. a form opened without prefill, and why). */
  mailFormLinkOverride: Partial<MailFormLink> | null;
}

/**
 * Like the core: a destination other than the desk's own is written only when confirmed by name
 * (the same shared rule), and the settings keep the confirmed ones still in use.
 */
function confirmedWrite(before: Settings, patch: Partial<Settings>, confirm: readonly string[] = []): Settings {
  const missing = destinationsToConfirm(before, patch).filter((d) => !confirm.includes(d.label));
  if (missing.length > 0) throw { ...coreError('destination-unconfirmed'), issues: missing.map((d) => makeIssue(d.field, 'destination.unconfirmed', { host: d.label })) };
  const next = { ...before, ...patch };
  const confirmed = otherDestinations(next).map((d) => d.label).filter((l) => (before.confirmedDestinations ?? []).includes(l) || confirm.includes(l));
  return { ...next, confirmedDestinations: confirmed };
}

export const demoSettings: Settings = {
  department: { code: 'engineering', name: '工学部' },
  staff: [{ name: '窓口 太郎', role: '学務係' }, { name: '確認 花子', role: '学務係長' }],
  deliveryChannel: 'endpoint',
  mailFormUrl: 'https://forms.gle/ASFmXTbgNwncrWL28',
  mailFormPrefillTemplate: null,
  endpointUrl: 'http://127.0.0.1:9/submissions',
  language: 'ja',
  retentionDays: 365,
  confirmedDestinations: ['http://127.0.0.1:9/submissions'],
};

function merge(target: unknown, patch: unknown): unknown {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> = target && typeof target === 'object' && !Array.isArray(target) ? { ...(target as object) } : {};
  for (const [k, v] of Object.entries(patch)) out[k] = v && typeof v === 'object' && !Array.isArray(v) ? merge(out[k], v) : v;
  return out;
}

const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).filter((x): x is string => typeof x === 'string') : []);
const ok = <T,>(value: T): Result<T> => ({ ok: true, value });
/** The last instant of the Tokyo calendar day of `iso` (UTC+9, no daylight saving). */
const endOfTokyoDay = (iso: string): string => {
  const tokyo = new Date(Date.parse(iso) + 9 * 3_600_000);
  return new Date(Date.UTC(tokyo.getUTCFullYear(), tokyo.getUTCMonth(), tokyo.getUTCDate() + 1) - 9 * 3_600_000 - 1).toISOString();
};
const coreError = (code: string): CoreErrorData => ({ code, message: { ja: 'コアのエラー', en: 'Core error' }, issues: [] });

export function createFakeDesk(initial: Partial<Settings> = {}): FakeDesk {
  const calls: FakeDesk['calls'] = [];
  const cases = new Map<string, CaseView>();
  const failures = new Map<string, CoreErrorData>();
  const holds = new Map<string, Promise<void>>();
  const outboxListeners = new Set<(items: OutboxItem[]) => void>();
  let seq = 0;
  const today = tokyoDate(new Date());

  const view = (id: string, input: CaseDraft, prev?: CaseView): CaseView => {
    const w = deriveWindow(input.eligibility, today);
    const now = new Date(Date.now() + seq++).toISOString();
    return {
      id, status: prev?.status ?? 'draft', caseNumber: prev?.caseNumber ?? null, submissionId: prev?.submissionId ?? null, input,
      createdAt: prev?.createdAt ?? now, updatedAt: now, finalizedAt: prev?.finalizedAt ?? null, finalizedBy: prev?.finalizedBy ?? null,
      finalizedUnder: prev?.finalizedUnder ?? null,
      amendments: prev?.amendments ?? [], accountExpiry: w.accountExpiry, deadline: w.deadline, daysLeft: w.daysLeft,
      purgedAt: prev?.purgedAt ?? null,
    };
  };

  /** Like the core's mailFormLink: prefilled when a template is set, else the plain link and why. */
  const mailFormLink = (): MailFormLink => ({
    url: desk.settings.mailFormPrefillTemplate ?? desk.settings.mailFormUrl, prefilled: desk.settings.mailFormPrefillTemplate !== null, text: 'UTokyo Account: 1234567890\n検証コード: eyJ...',
    reason: desk.settings.mailFormPrefillTemplate === null ? 'no-template' : null, otherThanDefault: null, ...desk.mailFormLinkOverride,
  });

  const desk: FakeDesk = {
    calls,
    cases,
    settings: { ...demoSettings, ...initial },
    outbox: [],
    failNext: (method, error = coreError('io')) => { failures.set(method, error); },
    holdNext: (method) => {
      let release = () => undefined as void;
      holds.set(method, new Promise<void>((resolve) => { release = resolve; }));
      return () => release();
    },
    emitOutbox: (items) => { desk.outbox = items; outboxListeners.forEach((l) => l(items)); },
    callsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.request),
    clipboard: [],
    opened: [],
    profileFile: null,
    stationCode: 'A7K',
    machineProfile: { outcome: 'no-file', check: null, path: null },
    mailFormLinkOverride: null,
    api: undefined as unknown as SalvageDeskApi,
  };

  /** Replace one outbox item (and its case's status, for a request) and tell the listeners. */
  const setItem = (id: string, change: (item: OutboxItem) => OutboxItem): OutboxItem => {
    const found = desk.outbox.find((i) => i.id === id);
    if (!found) throw coreError('not-found');
    const next = change(found);
    desk.emitOutbox(desk.outbox.map((i) => (i.id === id ? next : i)));
    const c = cases.get(next.caseId);
    if (c && next.kind === 'request') cases.set(c.id, { ...c, status: next.state });
    return next;
  };

  /** A new outbox item for a case, waiting on the installation's channel (and the case's status with it). */
  const addItem = (c: CaseView, kind: OutboxItem['kind'], amends: string | null): OutboxItem => {
    const channel = desk.settings.deliveryChannel;
    const state = channel === 'mail-form' ? 'awaiting-hand-off' : 'queued';
    const item: OutboxItem = {
      id: kind === 'request' ? (c.submissionId ?? 'sub-1') : `notice-${desk.outbox.length + 1}`, caseId: c.id, caseNumber: c.caseNumber ?? '', kind, channel, amendsSubmissionId: amends,
      state, handedOver: null, handOverUndoableUntil: null, attempts: 0, nextAttemptAt: null,
      lastError: null, receiptId: null, receivedAt: null, payloadSha256: 'ab'.repeat(32), queuedAt: new Date(Date.now() + desk.outbox.length).toISOString(), erased: false,
    };
    if (kind === 'request') cases.set(c.id, { ...c, status: state });
    desk.emitOutbox([...desk.outbox, item]);
    return item;
  };

  const handlers: Record<string, (req: never) => unknown> = {
    getSettings: () => desk.settings,
    updateSettings: (req: { patch: Partial<Settings>; confirmDestinations?: string[] }) => {
      // Like the core: the mail-form link and the prefilled-link template are checked by the shared rule.
      const { mailFormUrl, mailFormPrefillTemplate: template } = req.patch;
      const check = template ? checkPrefillTemplate(template) : null;
      const issues = [
        ...(mailFormUrl !== undefined && !checkMailFormUrl(mailFormUrl).ok ? [makeIssue('mailFormUrl', 'mail-form.url-invalid')] : []),
        ...(check && !check.ok ? [check.problem === 'unknown-placeholder'
          ? makeIssue('mailFormPrefillTemplate', 'prefill.unknown-placeholder', { name: check.unknown })
          : makeIssue('mailFormPrefillTemplate', check.problem === 'url' ? 'prefill.url-invalid' : 'prefill.no-placeholder')] : []),
      ];
      if (issues.length > 0) throw { ...coreError('validation'), issues };
      return (desk.settings = confirmedWrite(desk.settings, req.patch, req.confirmDestinations));
    },
    getMachineProfileStatus: () => desk.machineProfile,
    createCase: (req: { input?: CaseDraft }) => {
      const id = `case-${cases.size + 1}`;
      const v = view(id, (req.input ?? {}) as CaseDraft);
      cases.set(id, v);
      return v;
    },
    updateCase: (req: { id: string; patch: CaseDraft }) => {
      const prev = cases.get(req.id);
      if (!prev) throw coreError('not-found');
      const merged = merge(prev.input, req.patch) as CaseDraft;
      const parsed = caseDraftSchema.safeParse(merged);
      if (!parsed.success) throw coreError('validation');
      const v = view(req.id, merged, prev);
      cases.set(req.id, v);
      return v;
    },
    getCase: (req: { id: string }) => {
      const v = cases.get(req.id);
      if (!v) throw coreError('not-found');
      return v;
    },
    listCases: () => [...cases.values()].map(listRowOf),
    evaluateCase: (req: { id: string }) => evaluateCase(cases.get(req.id)?.input ?? {}, { today, departmentCode: desk.settings.department.code, history: [] }),
    finalizeCase: (req: { id: string; operator: string }) => {
      const prev = cases.get(req.id) as CaseView;
      const v: CaseView = { ...prev, status: 'finalized', caseNumber: 'ENG-2026-0001', submissionId: 'sub-1', finalizedAt: new Date().toISOString(), finalizedBy: req.operator,
        finalizedUnder: { department: { ...desk.settings.department }, caseNumberPrefix: 'ENG' } };
      cases.set(req.id, v);
      // Like the core: the request's item is made with the case, on the installation's channel.
      const item = addItem(v, 'request', null);
      return { ...v, status: item.state };
    },
    discardCase: (req: { id: string }) => ({ ...(cases.get(req.id) as CaseView), status: 'discarded' }),
    amendCase: (req: { id: string; field: string; value: unknown; valueConfirm?: unknown; reason: string; by: string }) => {
      const prev = cases.get(req.id);
      if (!prev) throw coreError('not-found');
      if (prev.status === 'draft' || prev.status === 'discarded') throw coreError('invalid-state');
      // Like the core: a My Number in the value or the reason is refused and nothing is recorded.
      const issues = [
        ...(strings(req.value).some(containsMyNumber) ? [makeIssue('value', 'mynumber.detected')] : []),
        ...(containsMyNumber(req.reason) ? [makeIssue('reason', 'mynumber.detected')] : []),
        ...(amendablePath(req.field, prev.input) ? [] : [makeIssue('field', 'amend.not-amendable', { field: req.field })]),
        ...(amendablePath(req.field, prev.input)?.confirm && req.valueConfirm !== req.value ? [makeIssue('valueConfirm', 'amend.confirm-mismatch')] : []),
      ];
      if (issues.length > 0) throw { ...coreError('validation'), issues };
      const at = new Date(Date.now() + seq++).toISOString();
      const oldValue = req.field.split('.').reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[k] : undefined), prev.input) ?? null;
      const patch = req.field.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), req.value);
      const v: CaseView = {
        ...prev, input: merge(prev.input, patch) as CaseDraft, updatedAt: at,
        amendments: [...prev.amendments, { field: req.field, oldValue, value: req.value, reason: req.reason, by: req.by, at }],
      };
      cases.set(req.id, v);
      // Like the core: every correction of a case with its request item gets its own notice item.
      const request = desk.outbox.find((i) => i.caseId === req.id && i.kind === 'request');
      if (request) addItem(v, 'amendment', request.id);
      return v;
    },
    findEarlierRequests: (req: { account: string; excludeId?: string }) => [...cases.values()]
      .filter((c) => c.id !== req.excludeId && c.status !== 'draft' && c.status !== 'discarded')
      .filter((c) => /^\d{10}$/.test(normalizeAccount(req.account)) && normalizeAccount(c.input.applicant?.utokyoAccount ?? '') === normalizeAccount(req.account))
      .map((c) => ({ caseId: c.id, caseNumber: c.caseNumber, finalizedAt: c.finalizedAt, services: c.input.request?.services ?? [], status: c.status })),
    enqueue: (req: { caseId: string }) => {
      const found = desk.outbox.find((i) => i.caseId === req.caseId && i.kind === 'request');
      if (!found) throw coreError('invalid-state');
      return found;
    },
    markHandedOver: (req: { id: string; operator: string; reference?: string }) => {
      const at = new Date().toISOString();
      return setItem(req.id, (i) => {
        if (i.state !== 'awaiting-hand-off') throw coreError('invalid-state');
        return { ...i, state: 'handed-over', handedOver: { by: req.operator, at, reference: req.reference ?? null }, handOverUndoableUntil: endOfTokyoDay(at) };
      });
    },
    undoHandOver: (req: { id: string }) => setItem(req.id, (i) => {
      if (i.state !== 'handed-over') throw coreError('invalid-state');
      return { ...i, state: 'awaiting-hand-off', handedOver: null, handOverUndoableUntil: null };
    }),
    getMailFormLink: () => mailFormLink(),
    // Like the core: one call builds the link, copies the text when the link cannot carry it, opens the form.
    openMailForm: () => {
      const link = mailFormLink();
      if (!link.prefilled) {
        if (failures.delete('copyText')) return { ...link, opened: false, copied: false };
        desk.clipboard.push(link.text);
      }
      desk.opened.push(link.url);
      return { ...link, opened: true, copied: !link.prefilled };
    },
    stationCode: () => desk.stationCode,
    setStationCode: (req: { code: string }) => {
      if (!/^[ACDEFGHJKMNPQRTUVWXY34679]{2,4}$/.test(req.code)) throw { ...coreError('validation'), issues: [makeIssue('stationCode', 'settings.station-code-invalid')] };
      return (desk.stationCode = req.code);
    },
    sendAllNow: () => {
      // A queued item that already carries an error keeps failing (the desk refuses it); the rest arrive.
      const queued = desk.outbox.filter((i) => i.state === 'queued');
      const failing = queued.filter((i) => i.lastError !== null);
      desk.emitOutbox(desk.outbox.map((i) => (i.state === 'queued' && i.lastError === null ? { ...i, state: 'delivered' } : i)));
      return {
        delivered: queued.length - failing.length,
        stillFailing: failing.map((i) => ({ id: i.id, caseNumber: i.caseNumber, message: i.lastError!.message })),
        notSent: 0,
      };
    },
    queueAwaiting: (req: { ids: string[] }) => req.ids.map((id) => setItem(id, (i) => {
      if (i.state !== 'awaiting-hand-off') throw coreError('invalid-state');
      return { ...i, state: 'queued', channel: 'endpoint' };
    })),
    copyText: (req: { text: string }) => {
      desk.clipboard.push(req.text);
      return { copied: true };
    },
    flushOutbox: () => desk.outbox,
    listOutbox: () => desk.outbox,
    retryDelivery: (req: { id: string }) => desk.outbox.find((i) => i.id === req.id),
    getMailFormText: () => 'UTokyo Account: 1234567890\n検証コード: eyJ...',
    printRecord: () => ({ printed: true }),
    saveRecordPdf: () => ({ saved: true }),
    printApplicantNotice: () => ({ printed: true }),
    saveApplicantNoticePdf: () => ({ saved: true }),
    printCaseList: () => ({ printed: true }),
    getPublicKey: () => ({ jwk: { kty: 'OKP', crv: 'Ed25519', x: 'x', kid: 'kid' }, thumbprint: 'THUMBPRINT-123' }),
    exportPublicKey: () => ({ saved: true }),
    exportBackup: () => ({ saved: true }),
    restoreBackup: () => ({ restored: true }),
    exportLedger: () => ({ saved: true }),
    getDeskVerifier: () => ({ available: true, sha256: 'a'.repeat(64) }),
    saveDeskVerifier: () => ({ saved: true, sha256: 'a'.repeat(64) }),
    testConnection: () => ({ ok: true, status: 200, message: { ja: '接続できました。', en: 'Connected.' } }),
    // Audit check and status, retention, key rotation
    verifyAudit: () => ({ ok: true, entries: 12, firstBroken: null, problem: null, anchoredSeq: 12, recordedBreaks: 0 }),
    getAuditStatus: () => ({ recordedBreaks: 0, unacknowledged: 0, lastProblem: null, lastBreak: 0, integrity: 'ok', unredacted: 0, purgeFailure: null, fullCheck: { state: 'done', verified: 12, total: 12, last: null } }),
    acknowledgeAuditBreaks: () => ({ recordedBreaks: 0, unacknowledged: 0, lastProblem: null, lastBreak: 0, integrity: 'ok', unredacted: 0, purgeFailure: null, fullCheck: { state: 'done', verified: 12, total: 12, last: null } }),
    previewPurge: () => ({ cases: 0, byStatus: {}, oldRestoreFolders: 0, lastFailure: null }),
    purgeNow: () => ({ purged: 0, folders: 0, notErased: 0 }),
    rotateKey: () => ({
      jwk: { kty: 'OKP', crv: 'Ed25519', x: 'x2', kid: 'kid-2' }, thumbprint: 'THUMBPRINT-456', saved: true,
      stillWaiting: [{ caseNumber: 'ENG-2026-0007', kind: 'request', state: 'awaiting-hand-off' }, { caseNumber: 'ENG-2026-0003', kind: 'amendment', state: 'queued' }],
    }),
    // The department profile, diffed with the same shared function as the core.
    exportProfile: () => ({ saved: true }),
    importProfile: () => (desk.profileFile
      ? { opened: true, ...desk.profileFile, changes: profileChanges(desk.settings, profilePatch(desk.profileFile.profile)) }
      : { opened: false }),
    applyProfile: (req: { profile: Profile; confirmDestinations?: string[] }) => (desk.settings = confirmedWrite(desk.settings, profilePatch(req.profile), req.confirmDestinations)),
  };

  const api: Record<string, unknown> = {
    onOutboxChanged: (listener: (items: OutboxItem[]) => void) => { outboxListeners.add(listener); return () => outboxListeners.delete(listener); },
    onNetworkChanged: () => () => undefined,
  };
  for (const [method, handler] of Object.entries(handlers)) {
    api[method] = async (request: unknown) => {
      calls.push({ method, request: structuredClone(request) });
      const hold = holds.get(method);
      if (hold) {
        holds.delete(method);
        await hold;
      }
      const failure = failures.get(method);
      if (failure) {
        failures.delete(method);
        return { ok: false, error: failure };
      }
      try {
        return ok(handler(request as never));
      } catch (error) {
        return { ok: false, error: error as CoreErrorData };
      }
    };
  }
  (desk as { api: SalvageDeskApi }).api = api as unknown as SalvageDeskApi;
  return desk;
}
