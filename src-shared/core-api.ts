// The shape of the core as every caller sees it: the Electron IPC layer, the browser preview
// bridge, scripts and tests. Pure types, so the renderer can share them. See SPEC §6.
import type { CaseDraft, CaseInput, CaseStatus, EarlierRequest, Evaluation, Issue } from './domain';
import type { PlainFormReason } from './protocol/mail-form-destination';
import type { CounterContact, DeskLinks } from './counter-contact';

export type { EarlierRequest };
export type { CounterContact, DeskLinks } from './counter-contact';

export type Language = 'ja' | 'en';
export type Bilingual = { readonly ja: string; readonly en: string };

export type DeliveryChannel = 'mail-form' | 'endpoint';

export interface StaffMember {
  readonly name: string;
  readonly role: string;
}

export interface Settings {
  readonly department: { readonly code: string; readonly name: string };
  readonly staff: readonly StaffMember[];
  /** How finalized requests leave the counter (SPEC §3): the desk's mail form (default) or an HTTP endpoint. */
  readonly deliveryChannel: DeliveryChannel;
  /** Used when deliveryChannel is 'endpoint'. */
  readonly endpointUrl: string | null;
  /** The desk's mail-form link (https only). */
  readonly mailFormUrl: string;
  /** The desk's prefilled-link template with {{placeholders}}, or null (then the text is copied). */
  readonly mailFormPrefillTemplate: string | null;
  readonly language: Language;
  readonly retentionDays: number;
  /** Optional stricter student-number pattern (RegExp source) for this department. */
  readonly studentNumberPattern?: string | null;
  /**
   * Destinations other than the built-in ones that staff confirmed by name (mail-form-destination.ts
   * labels). Kept by the core only: a settings patch or a profile cannot set it.
   */
  readonly confirmedDestinations?: readonly string[];
  /** How the applicant reaches the counter: printed on the applicant's notice. */
  readonly counterContact?: CounterContact;
  /** The desk's pages the notice links to (default: the utelecon pages the seed names). */
  readonly deskLinks?: DeskLinks;
}
export type SettingsPatch = Partial<Settings>;

/**
 * What became of the machine-wide profile at this open. `not-admin-only`: the file or its folder
 * can be changed by non-administrators, or is a link (symlink, junction) to somewhere else (`check`
 * says which and how), so nothing was applied.
 */
export interface MachineProfileStatus {
  readonly outcome: 'applied' | 'no-file' | 'already-configured' | 'refused' | 'not-admin-only';
  readonly check: {
    readonly ok: false;
    readonly problem: 'link' | 'owner-not-admin' | 'group-or-other-write' | 'acl-non-admin-write' | 'check-failed';
    readonly target: 'file' | 'folder';
    readonly principals?: readonly string[];
  } | null;
  /** Where the profile is read from on this PC (shown to IT). */
  readonly path?: string | null;
}

/**
 * What an audit check found wrong: rows rewritten, newest rows cut away, the data folder replaced,
 * the keychain anchor missing, unreadable or put back older than the trail's own checkpoint, the
 * checkpoint damaged, a restored trail that did not verify under this PC's chain key, a trail that
 * lacks the entry every trail of this version carries (emptied or rebuilt), or, once, at the upgrade
 * from a version that kept the trail in an older form: that trail, which could not be verified.
 * Also: a full check that could not finish, and the audit table (or its triggers and indexes)
 * declared otherwise than this version declares it.
 */
export type AuditProblem =
  | 'rewritten' | 'truncated' | 'replaced'
  | 'anchor-missing' | 'anchor-garbled' | 'anchor-older' | 'checkpoint-damaged' | 'restore-unverified'
  | 'format-missing' | 'legacy-unverified' | 'check-failed' | 'schema-changed';

/** The full check of the whole chain that runs in the background after every open. */
export interface AuditFullCheck {
  readonly state: 'waiting' | 'running' | 'done' | 'cancelled' | 'failed';
  /** Rows checked so far, of `total` (the head when the check started). */
  readonly verified: number;
  readonly total: number;
  /**
   * The outcome of the last finished full check (also kept between runs), or null. `failed`: it
   * stopped before the end (not cancelled), after `entries` rows; a break is on record.
   */
  readonly last: { readonly at: string; readonly entries: number; readonly ok: boolean; readonly failed?: boolean } | null;
}

/** What the app-wide banner shows: breaks on record that staff have not acknowledged yet. */
export interface AuditStatus {
  readonly recordedBreaks: number;
  readonly unacknowledged: number;
  /** The problem of the newest recorded break, or null. */
  readonly lastProblem: AuditProblem | null;
  /** The seq of the newest recorded break (0: none): an acknowledgement names it as the last one seen. */
  readonly lastBreak: number;
  readonly fullCheck: AuditFullCheck;
  /** SQLite's check of every page, after the first screen: 'damaged' means back up and call IT now. */
  readonly integrity: 'waiting' | 'checking' | 'ok' | 'damaged' | 'unknown';
  /**
   * Entries an earlier version wrote with staff text in clear (a hand-off reference, a free-text
   * reason) that are still unredacted: they are redacted only on a trail that verifies, since
   * re-signing a broken trail would hide the break.
   */
  readonly unredacted: number;
  /** The last retention run fell short (shown on every screen until a later run completes). */
  readonly purgeFailure: PurgeFailure | null;
}

export interface AuditVerification {
  readonly ok: boolean;
  readonly entries: number;
  /** Sequence number of the first entry whose chain link is broken, or null. */
  readonly firstBroken: number | null;
  readonly problem: AuditProblem | null;
  /** The newest sequence number the OS keychain vouches for (null: none yet for this data). */
  readonly anchoredSeq: number | null;
  /** Breaks found at earlier checks and recorded in the trail itself. */
  readonly recordedBreaks: number;
}

/**
 * The last retention run since the app opened, when it did not erase everything due: when, and how
 * many due cases it left (null: the run stopped as a whole, or what earlier versions left was not
 * erased). Each case left is named in the audit trail by its case number.
 */
export interface PurgeFailure {
  readonly at: string;
  readonly cases: number | null;
  /** Set-aside folders past their time (data from before a restore) that could not be removed. */
  readonly folders: number;
  /** Temporary backup copies of the database in the data folder that could not be removed. */
  readonly snapshots: number;
  /** Erased values may still sit in the database's write-ahead log (the app retries on its own). */
  readonly walPending: boolean;
}

/** What the next purge would remove (counts only, nothing personal), and whether the last run fell short. */
export interface PurgePreview {
  readonly cases: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly oldRestoreFolders: number;
  readonly lastFailure: PurgeFailure | null;
}

/** What "erase now" did: `notErased` due cases could not be erased (they are kept as they were). */
export interface PurgeResult {
  readonly purged: number;
  readonly folders: number;
  readonly notErased: number;
}

/** Who does something: recorded in the audit trail. */
export interface OperatorOptions {
  readonly operator?: string;
}

export interface Amendment {
  readonly field: string;
  readonly oldValue: unknown;
  readonly value: unknown;
  readonly reason: string;
  readonly by: string;
  readonly at: string;
}

/**
 * What a case was finalized under, stored with it at finalize (SPEC §3): the payload,
 * the record, the applicant's notice, the ledger and the mail-form text read these, never the
 * current Settings, so a later change of department cannot rewrite a finalized case.
 */
export interface FinalizedFacts {
  readonly department: { readonly code: string; readonly name: string };
  readonly caseNumberPrefix: string;
}

/** A case closed as not verified (本人確認できず): when, by whom, why. The reason is erased at purge. */
export interface CaseClosure {
  readonly at: string;
  readonly by: string;
  /** Empty once retention erased the case's personal data. */
  readonly reason: string;
}

export interface CaseView {
  readonly id: string;
  readonly status: CaseStatus;
  readonly caseNumber: string | null;
  readonly submissionId: string | null;
  /** The case input, amendments applied. A draft may be partial. */
  readonly input: CaseDraft;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly finalizedAt: string | null;
  readonly finalizedBy: string | null;
  /** Null for a draft (and for a discarded draft). */
  readonly finalizedUnder: FinalizedFacts | null;
  readonly amendments: readonly Amendment[];
  /** Set when the case was closed as not verified; absent or null otherwise. */
  readonly closure?: CaseClosure | null;
  /**
   * When retention erased the case's personal data; null while it is kept. A purged case is
   * read-only: every write on it is refused (CoreError 'purged').
   */
  readonly purgedAt: string | null;
  /** Expiry / deadline / days left as of today (null while the departure date is missing). */
  readonly accountExpiry: string | null;
  readonly deadline: string | null;
  readonly daysLeft: number | null;
}

/**
 * One row of the case list (cases.list): what the list screen and the printed list show, read
 * from a small summary stored beside each case, so listing does not decrypt and parse every
 * case's input. The full case (its input, amendments, closure) comes from cases.get.
 */
export interface CaseSummary {
  readonly id: string;
  readonly status: CaseStatus;
  readonly caseNumber: string | null;
  /** The applicant's name as typed, amendments applied; '' while none is typed and once retention erased it. */
  readonly name: string;
  /** The later of the case's own last change and its request's (the list's order). */
  readonly updatedAt: string;
  /** When retention erased the case's personal data (the list says so instead of a name), else null. */
  readonly purgedAt: string | null;
  /** Expiry / deadline / days left as of today, as CaseView has them. */
  readonly accountExpiry: string | null;
  readonly deadline: string | null;
  readonly daysLeft: number | null;
}

export interface CaseListFilter {
  readonly status?: CaseStatus | readonly CaseStatus[];
  readonly query?: string;
}

/**
 * Where an outbox item is (SPEC §3). Mail-form channel: awaiting-hand-off → handed-over.
 * Endpoint channel: queued → sending → delivered | needs-attention. handed-over and delivered are final.
 */
export type OutboxState = 'awaiting-hand-off' | 'handed-over' | 'queued' | 'sending' | 'delivered' | 'needs-attention';
/** A signed request, or a signed correction notice referring to one. */
export type OutboxKind = 'request' | 'amendment';

export interface HandOver {
  /** The operator who confirmed the submission through the desk's mail form. */
  readonly by: string;
  readonly at: string;
  /** The number in the desk's auto-reply mail, if staff typed it. */
  readonly reference: string | null;
}

export interface OutboxItem {
  /** The submission id of a request; the amendment id of a correction notice (its Idempotency-Key). */
  readonly id: string;
  readonly caseId: string;
  readonly caseNumber: string;
  readonly kind: OutboxKind;
  /** The channel this item goes out on (fixed when it was created or queued). */
  readonly channel: DeliveryChannel;
  /** kind 'amendment': the original request's submission id; null for a request. */
  readonly amendsSubmissionId: string | null;
  readonly state: OutboxState;
  readonly handedOver: HandOver | null;
  /** End of the Tokyo day of the hand-off, while the hand-off can still be undone; else null. */
  readonly handOverUndoableUntil: string | null;
  readonly attempts: number;
  readonly nextAttemptAt: string | null;
  readonly lastError: { readonly code: string; readonly message: Bilingual; readonly nextStep: Bilingual } | null;
  readonly receiptId: string | null;
  readonly receivedAt: string | null;
  readonly payloadSha256: string;
  readonly queuedAt: string;
  /**
   * Retention erased the item's case: nothing is left to send and nothing can be recorded on it
   * (final, whatever its state says; lastError says why).
   */
  readonly erased: boolean;
}

/** The desk's mail form for one item: prefilled when a verified template is configured and the URL fits. */
export interface MailFormLink {
  readonly url: string;
  readonly prefilled: boolean;
  /** Why the plain form link is used (the text is then copied to paste); null when prefilled. */
  readonly reason: PlainFormReason | null;
  /** The confirmed destination other than the desk's own form, for the notice; null when built in. */
  readonly otherThanDefault: string | null;
  /** The whole mail-form block (labelled lines and 検証コード), to paste when not prefilled. */
  readonly text: string;
}

export interface MailFormOpened extends MailFormLink {
  /** False when the shell refused to open the URL (not the configured form), or the clipboard refused the block. */
  readonly opened: boolean;
  /** The block was put on the clipboard (only when the link cannot carry it prefilled). */
  readonly copied: boolean;
}

/** What "send everything now" did. */
export interface SendAllResult {
  readonly delivered: number;
  readonly stillFailing: readonly { readonly id: string; readonly caseNumber: string; readonly message: Bilingual }[];
  /** Queued items not tried (no valid endpoint configured, or the app was closing). */
  readonly notSent: number;
}

export interface PublicJwk {
  readonly kty: 'OKP';
  readonly crv: 'Ed25519';
  readonly x: string;
  readonly kid: string;
}

/** An outbox item signed with a retired key and not yet handed over or delivered (told to staff after a rotation). */
export interface WaitingHandOver {
  readonly caseNumber: string;
  readonly kind: OutboxKind;
  readonly state: OutboxState;
}

/** The new key after a rotation, and what is still waiting to be handed over under the old one. */
export type RotatedKey = PublicJwk & { readonly stillWaiting: readonly WaitingHandOver[] };

export interface ConnectionTestResult {
  readonly ok: boolean;
  readonly status: number | null;
  readonly message: Bilingual;
}

/** Every error the core reports: a stable code and every issue found (never a bare string). */
export interface CoreErrorData {
  readonly code: string;
  readonly message: Bilingual;
  readonly issues: readonly Issue[];
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CoreErrorData };

export type { CaseDraft, CaseInput, CaseStatus, Evaluation, Issue };
