// The core's public surface (SPEC §6). Implemented by openCore() in index.ts; consumed by the
// Electron shell, the preview bridge, scripts and tests. Nothing here imports electron.
import type { MailFormDesktop } from './outbox/mail-form-desktop';
import type {
  Amendment, AuditStatus, AuditVerification, CaseListFilter, CaseSummary, MachineProfileStatus, EarlierRequest, CaseView, ConnectionTestResult, MailFormLink, MailFormOpened, OperatorOptions, OutboxItem, PublicJwk, PurgePreview, PurgeResult, RotatedKey, SendAllResult, Settings, SettingsPatch,
} from '../../src-shared/core-api';
import type { Evaluation } from '../../src-shared/domain';
import type { Profile, ProfileChange } from '../../src-shared/profile/profile-schema';
import type { MailFormDestination } from '../../src-shared/protocol/mail-form-destination';
import type { ProfileWriteCheck } from './settings/profile-write-check';

export interface SecretStore {
  get(name: string): Promise<string | null>;
  set(name: string, value: string): Promise<void>;
  delete(name: string): Promise<boolean>;
}

export interface CoreOptions {
  readonly dataDir: string;
  readonly secrets: SecretStore;
  /** The HTTP client: Electron's net.fetch in the shell, Node's fetch in tests. */
  readonly fetch?: typeof fetch;
  readonly now?: () => Date;
  /**
   * The machine-wide department profile, applied to a data folder that has no settings yet.
   * Default: machineProfilePath() for this OS; null reads none (tests).
   */
  readonly profilePath?: string | null;
  /** Delay before the work deferred past the first screen (retention, the full audit check). */
  readonly afterOpenDelayMs?: number;
  /**
   * Who may change the profile file and its folder; the profile is applied only when this says
   * administrators only. Default: the OS check (root-owned on Linux/macOS, the ACL on Windows).
   */
  readonly profileWriteCheck?: ProfileWriteCheck;
}

/** How a caller confirms destinations other than the built-in ones: their labels, as the refusal named them. */
export interface ConfirmOptions {
  readonly confirmDestinations?: readonly string[];
}

export interface AmendmentInput {
  readonly field: string;
  readonly value: unknown;
  /** The corrected value typed again; required for the fields that say so (amendable-fields.ts). */
  readonly valueConfirm?: unknown;
  readonly reason: string;
  readonly by: string;
}

export type { AuditVerification, PurgePreview } from '../../src-shared/core-api';

export interface OutboxScheduler {
  /** Flush now if the network is up (e.g. after an online event). */
  poke(): void;
  networkChanged(online: boolean): void;
  /** Stop timers and wait for the in-flight flush to finish. */
  stop(): Promise<void>;
}

export interface Core {
  readonly settings: {
    get(): Promise<Settings>;
    /**
     * Validated, audited update. Setting a destination other than the built-in ones needs its label
     * in `confirmDestinations` (CoreError('destination-unconfirmed') names each one otherwise).
     */
    update(patch: SettingsPatch, opts?: OperatorOptions & ConfirmOptions): Promise<Settings>;
    /** The department profile of the current settings; CoreError('invalid-state') before a department is set. */
    exportProfile(): Promise<Profile>;
    /** What importing `profile` would change (nothing written); CoreError('validation') with field issues when invalid. */
    previewProfile(profile: unknown): Promise<ProfileChange[]>;
    /** Apply a profile (audited); when invalid, CoreError('validation') with field issues and nothing changes. */
    applyProfile(profile: unknown, opts?: OperatorOptions & ConfirmOptions): Promise<Settings>;
    /** What became of the machine-wide profile when the core opened. */
    getMachineProfileStatus(): Promise<MachineProfileStatus>;
    /** This installation's station code, inside every new case number (never part of a profile). */
    stationCode(): Promise<string>;
    /** Set by IT per PC (2–4 characters without look-alikes; audited); numbers already issued keep theirs. */
    setStationCode(code: string, opts?: OperatorOptions): Promise<string>;
  };
  readonly cases: {
    createDraft(input?: unknown, opts?: OperatorOptions): Promise<CaseView>;
    /**
     * Autosave of a draft: `patch` is a JSON Merge Patch (RFC 7396) over the stored draft: objects
     * merge key by key, arrays and scalars replace, `null` removes the field, an absent key leaves
     * it unchanged. The merged draft is validated (caseDraftSchema) before anything is written;
     * the change is on disk when the promise resolves. Non-drafts: CoreError('invalid-state').
     */
    update(id: string, patch: unknown, opts?: OperatorOptions): Promise<CaseView>;
    get(id: string): Promise<CaseView>;
    list(filter?: CaseListFilter): Promise<CaseSummary[]>;
    /** All rules against today's date, the department and the local history. */
    evaluate(id: string): Promise<Evaluation>;
    finalize(id: string, opts: { operator: string }): Promise<CaseView>;
    discard(id: string, opts?: OperatorOptions): Promise<CaseView>;
    /**
     * The identity check failed: the draft is closed as not verified (本人確認できず) with a reason,
     * numbered, locked and audited, and never handed off. Its record prints the reason.
     */
    closeNotVerified(id: string, opts: { operator: string; reason: string }): Promise<CaseView>;
    amend(id: string, change: AmendmentInput): Promise<CaseView>;
    /** Requests already made on this PC for the account (not drafts), oldest first. */
    earlierRequests(account: string, opts?: { excludeId?: string }): Promise<EarlierRequest[]>;
  };
  readonly outbox: {
    enqueue(caseId: string, opts?: OperatorOptions): Promise<OutboxItem>;
    flush(): Promise<OutboxItem[]>;
    list(): Promise<OutboxItem[]>;
    retry(id: string, opts?: OperatorOptions): Promise<OutboxItem>;
    mailFormText(id: string): Promise<string>;
    /** Where the mail form opens now: the usable form link, a template only when its form id is verified. */
    mailFormDestination(): Promise<MailFormDestination>;
    /** The desk's mail form for an item: the prefilled link when a verified template is set and fits, else the plain link. */
    mailFormLink(id: string): Promise<MailFormLink>;
    /**
     * Open the desk's mail form for an existing item: the link built once, the block copied when
     * the link cannot carry it, the form opened through `desktop`, the opening audited.
     */
    openMailForm(id: string, opts: OperatorOptions, desktop: MailFormDesktop): Promise<MailFormOpened>;
    /** Staff submitted the item through the mail form: awaiting-hand-off → handed-over (final). */
    markHandedOver(id: string, opts: { operator: string; reference?: string; at?: string }): Promise<OutboxItem>;
    /** A mistaken hand-off, the same Tokyo day, with a reason: handed-over → awaiting-hand-off. */
    undoHandOver(id: string, opts: { operator: string; reason: string }): Promise<OutboxItem>;
    /** After switching to the endpoint channel: chosen awaiting items → queued (sent automatically). */
    queueAwaiting(ids: readonly string[], opts: { operator: string }): Promise<OutboxItem[]>;
    /** Send every queued item now, ignoring its wait, and say what happened. */
    sendAllNow(opts: { operator: string }): Promise<SendAllResult>;
    startScheduler(): OutboxScheduler;
    onChange(listener: (items: OutboxItem[]) => void): () => void;
    testConnection(url: string): Promise<ConnectionTestResult>;
  };
  readonly records: {
    pdf(caseId: string): Promise<Uint8Array>;
    /** The one-page notice for the former student (申請者控え): nothing internal. Finalized or later only. */
    applicantNoticePdf(caseId: string): Promise<Uint8Array>;
    /** The case list as cases.list(filter) gives it, on A4 (names included: for the office only). */
    caseListPdf(filter?: CaseListFilter): Promise<Uint8Array>;
    /** Audit a print or a save of the case list (counts only). */
    logCaseListOutput(kind: 'print' | 'save', opts?: OperatorOptions & { rows?: number }): Promise<void>;
    /** Audit a print or a save (the shell calls this after the dialog succeeds); the record by default. */
    logOutput(caseId: string, kind: 'print' | 'save', opts?: OperatorOptions & { document?: 'record' | 'applicant-notice' }): Promise<void>;
  };
  readonly keys: {
    publicJwk(): Promise<PublicJwk>;
    thumbprint(): Promise<string>;
    exportPublicJwks(path: string, opts?: OperatorOptions): Promise<void>;
    /** New current key; the old one is retired (kept for verification). `reason` goes in the audit trail. Lists what is still waiting to be handed over under the old key. */
    rotate(opts?: OperatorOptions & { readonly reason?: string }): Promise<RotatedKey>;
  };
  /** The whole chain, now (also runs in the background after every open); a break is recorded. */
  verifyAudit(): Promise<AuditVerification>;
  /** Breaks on record, whether staff have acknowledged them, and the background full check. */
  getAuditStatus(): Promise<AuditStatus>;
  /**
   * A staff member has seen the recorded breaks up to `through` (AuditStatus.lastBreak as shown;
   * audited); the app-wide banner goes until the next one. Refused ('audit.newer-break') when a
   * newer break was recorded since.
   */
  acknowledgeAuditBreaks(opts: { operator: string; through: number }): Promise<AuditStatus>;
  purgeExpired(): Promise<{ purged: number }>;
  /** What the next purge removes (counts only). */
  previewPurge(): Promise<PurgePreview>;
  /** Purge now (Settings → データの保存期間), recorded under the operator. */
  purgeNow(opts: { operator: string }): Promise<PurgeResult>;
  exportBackup(path: string, passphrase: string, opts?: OperatorOptions): Promise<void>;
  exportLedger(path: string, opts?: OperatorOptions): Promise<void>;
  close(): Promise<void>;
}

export type { Amendment };
