// The one IPC contract: channel → request schema → response type. The Electron shell registers a
// handler per channel (sender check + schema.parse + core call), the preload exposes one method per
// channel, and the browser preview bridge serves the same channels over loopback HTTP.
import { z } from 'zod';
import { idSchema, keyRotationReasonSchema, operatorSchema } from './call-arguments';
import { caseDraftPatchShape, caseDraftShape } from './domain/case-schema';
import { CASE_STATUSES } from './domain/evaluate';
import { CLOSURE_REASON_MAX } from './domain/closure';
import { counterContactSchema, deskLinksSchema } from './counter-contact';
import type {
  AuditVerification, CaseView, ConnectionTestResult, EarlierRequest, Evaluation, MailFormLink, MailFormOpened, OutboxItem, PublicJwk, PurgePreview, Result, SendAllResult, Settings,
} from './core-api';
import type { ProfileImportPreview } from './profile/profile-schema';

const id = idSchema;
const operator = operatorSchema;
const caseStatus = z.enum(CASE_STATUSES);
/** The desk's auto-reply number (issue 10 §1); the core also refuses what looks like personal data. */
export const HAND_OFF_REFERENCE_MAX = 64;

export const settingsPatchSchema = z.object({
  department: z.object({ code: z.string().min(1).max(64), name: z.string().min(1).max(200) }),
  staff: z.array(z.object({ name: z.string().min(1).max(200), role: z.string().max(200) })).max(200),
  deliveryChannel: z.enum(['mail-form', 'endpoint']),
  endpointUrl: z.string().max(2000).nullable(),
  mailFormUrl: z.string().min(1).max(2000),
  mailFormPrefillTemplate: z.string().max(8000).nullable(),
  language: z.enum(['ja', 'en']),
  retentionDays: z.number().int().min(30).max(3650),
  studentNumberPattern: z.string().max(200).nullable(),
  counterContact: counterContactSchema,
  deskLinks: deskLinksSchema,
}).partial();

export const ipcContract = {
  'settings:get': { request: z.object({}), response: {} as Settings },
  'settings:update': { request: z.object({ patch: settingsPatchSchema, operator }), response: {} as Settings },
  'cases:create': { request: z.object({ input: caseDraftShape.optional(), operator }), response: {} as CaseView },
  'cases:update': { request: z.object({ id, patch: caseDraftPatchShape, operator }), response: {} as CaseView },
  'cases:get': { request: z.object({ id }), response: {} as CaseView },
  'cases:list': {
    request: z.object({ status: z.union([caseStatus, z.array(caseStatus)]).optional(), query: z.string().max(200).optional() }),
    response: [] as CaseView[],
  },
  'cases:evaluate': { request: z.object({ id }), response: {} as Evaluation },
  'cases:finalize': { request: z.object({ id, operator }), response: {} as CaseView },
  'cases:discard': { request: z.object({ id, operator }), response: {} as CaseView },
  'cases:close-not-verified': { request: z.object({ id, operator, reason: z.string().min(1).max(CLOSURE_REASON_MAX) }), response: {} as CaseView },
  'cases:amend': {
    request: z.object({ id, field: z.string().min(1).max(200), value: z.unknown(), valueConfirm: z.unknown().optional(), reason: z.string().min(1).max(1000), by: operator }),
    response: {} as CaseView,
  },
  'cases:earlier-requests': { request: z.object({ account: z.string().max(40), excludeId: id.optional() }), response: [] as EarlierRequest[] },
  'outbox:enqueue': { request: z.object({ caseId: id, operator }), response: {} as OutboxItem },
  'outbox:flush': { request: z.object({}), response: [] as OutboxItem[] },
  'outbox:list': { request: z.object({}), response: [] as OutboxItem[] },
  'outbox:retry': { request: z.object({ id, operator }), response: {} as OutboxItem },
  'outbox:mail-form-text': { request: z.object({ id }), response: '' as string },
  // h-outbox: the mail-form channel, hand-off, send-all (issue 10 §1/§2, issue 13 §5)
  'outbox:hand-over': { request: z.object({ id, operator, reference: z.string().max(HAND_OFF_REFERENCE_MAX).optional() }), response: {} as OutboxItem },
  'outbox:undo-hand-over': { request: z.object({ id, operator, reason: z.string().min(1).max(1000) }), response: {} as OutboxItem },
  'outbox:mail-form-link': { request: z.object({ id }), response: {} as MailFormLink },
  'outbox:open-mail-form': { request: z.object({ id, operator }), response: {} as MailFormOpened },
  'outbox:send-all': { request: z.object({ operator }), response: {} as SendAllResult },
  'outbox:queue-awaiting': { request: z.object({ ids: z.array(id).min(1).max(1000), operator }), response: [] as OutboxItem[] },
  'clipboard:write-text': { request: z.object({ text: z.string().min(1).max(200_000) }), response: {} as { copied: boolean } },
  'records:print': { request: z.object({ caseId: id, operator }), response: {} as { printed: boolean } },
  'records:save-pdf': { request: z.object({ caseId: id, operator }), response: {} as { saved: boolean } },
  // h-records: the applicant's notice and the printed case list.
  'records:print-notice': { request: z.object({ caseId: id, operator }), response: {} as { printed: boolean } },
  'records:save-notice-pdf': { request: z.object({ caseId: id, operator }), response: {} as { saved: boolean } },
  'records:print-case-list': {
    request: z.object({ status: z.union([caseStatus, z.array(caseStatus)]).optional(), query: z.string().max(200).optional(), operator }),
    response: {} as { printed: boolean },
  },
  'keys:public-jwk': { request: z.object({}), response: {} as { jwk: PublicJwk; thumbprint: string } },
  'keys:export-public': { request: z.object({ operator }), response: {} as { saved: boolean } },
  'backup:export': { request: z.object({ passphrase: z.string().min(8).max(1000), operator }), response: {} as { saved: boolean } },
  'backup:restore': { request: z.object({ passphrase: z.string().min(1).max(1000), operator }), response: {} as { restored: boolean } },
  'ledger:export': { request: z.object({ operator }), response: {} as { saved: boolean } },
  'connection:test': { request: z.object({ url: z.string().min(1).max(2000) }), response: {} as ConnectionTestResult },
  // h-data: audit check, retention, key rotation (Settings)
  'audit:verify': { request: z.object({}), response: {} as AuditVerification },
  'retention:preview': { request: z.object({}), response: {} as PurgePreview },
  'retention:purge': { request: z.object({ operator }), response: {} as { purged: number; folders: number } },
  'keys:rotate': {
    request: z.object({ reason: keyRotationReasonSchema, operator }),
    response: {} as { jwk: PublicJwk; thumbprint: string; saved: boolean },
  },
  // h-it: department profile. Export saves a file; import is two steps so staff see the changes
  // first: import-profile chooses, reads, checks and compares (writes nothing); apply-profile writes
  // the profile staff confirmed (checked again in the core: the renderer is not trusted with rules).
  'settings:export-profile': { request: z.object({ operator }), response: {} as { saved: boolean } },
  'settings:import-profile': { request: z.object({}), response: {} as ProfileImportPreview },
  'settings:apply-profile': { request: z.object({ profile: z.record(z.string(), z.unknown()), operator }), response: {} as Settings },
} as const;

export type Channel = keyof typeof ipcContract;
export type RequestOf<C extends Channel> = z.input<(typeof ipcContract)[C]['request']>;
export type ResponseOf<C extends Channel> = (typeof ipcContract)[C]['response'];

/** Push events from main to the renderer. */
export interface EventPayloads {
  'outbox:changed': OutboxItem[];
  'network:changed': { online: boolean };
}
export type EventName = keyof EventPayloads;

/** Verb-named methods of `window.salvageDesk`, one per channel. */
export const methodNames = {
  'settings:get': 'getSettings',
  'settings:update': 'updateSettings',
  'cases:create': 'createCase',
  'cases:update': 'updateCase',
  'cases:get': 'getCase',
  'cases:list': 'listCases',
  'cases:evaluate': 'evaluateCase',
  'cases:finalize': 'finalizeCase',
  'cases:discard': 'discardCase',
  'cases:close-not-verified': 'closeCaseNotVerified',
  'cases:amend': 'amendCase',
  'cases:earlier-requests': 'findEarlierRequests',
  'outbox:enqueue': 'sendCase',
  'outbox:flush': 'flushOutbox',
  'outbox:list': 'listOutbox',
  'outbox:retry': 'retryDelivery',
  'outbox:mail-form-text': 'getMailFormText',
  'outbox:hand-over': 'handOver',
  'outbox:undo-hand-over': 'undoHandOver',
  'outbox:mail-form-link': 'getMailFormLink',
  'outbox:open-mail-form': 'openMailForm',
  'outbox:send-all': 'sendAllNow',
  'outbox:queue-awaiting': 'queueAwaiting',
  'clipboard:write-text': 'copyText',
  'records:print': 'printRecord',
  'records:save-pdf': 'saveRecordPdf',
  'records:print-notice': 'printApplicantNotice',
  'records:save-notice-pdf': 'saveApplicantNoticePdf',
  'records:print-case-list': 'printCaseList',
  'keys:public-jwk': 'getPublicKey',
  'keys:export-public': 'exportPublicKey',
  'backup:export': 'exportBackup',
  'backup:restore': 'restoreBackup',
  'ledger:export': 'exportLedger',
  'connection:test': 'testConnection',
  'audit:verify': 'verifyAudit',
  'retention:preview': 'previewPurge',
  'retention:purge': 'purgeNow',
  'keys:rotate': 'rotateKey',
  'settings:export-profile': 'exportProfile',
  'settings:import-profile': 'importProfile',
  'settings:apply-profile': 'applyProfile',
} as const satisfies Record<Channel, string>;

export const eventMethodNames = {
  'outbox:changed': 'onOutboxChanged',
  'network:changed': 'onNetworkChanged',
} as const satisfies Record<EventName, string>;

/**
 * The object the preload exposes as `window.salvageDesk` (and the preview bridge imitates):
 * one verb-named method per channel, each resolving to a Result; subscriptions return an
 * unsubscribe function.
 */
export type SalvageDeskApi = {
  readonly [C in Channel as (typeof methodNames)[C]]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
} & {
  readonly [E in EventName as (typeof eventMethodNames)[E]]: (listener: (payload: EventPayloads[E]) => void) => () => void;
};

export const channels = Object.keys(ipcContract) as Channel[];
