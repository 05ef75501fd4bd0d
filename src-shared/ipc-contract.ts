// The one IPC contract: channel → request schema → response type. The Electron shell registers a
// handler per channel (sender check + schema.parse + core call), the preload exposes one method per
// channel, and the browser preview bridge serves the same channels over loopback HTTP.
import { z } from 'zod';
import { idSchema, keyRotationReasonSchema, operatorSchema } from './call-arguments';
import { caseDraftPatchShape, caseDraftShape } from './domain/case-schema';
import { CASE_STATUSES } from './domain/evaluate';
import type {
  AuditStatus, AuditVerification, CaseSummary, CaseView, ConnectionTestResult, EarlierRequest, Evaluation, MachineProfileStatus, MailFormLink, MailFormOpened, OutboxItem, PublicJwk, PurgePreview, PurgeResult, Result, WaitingHandOver, SendAllResult, Settings,
} from './core-api';
import type { ProfileImportPreview } from './profile/profile-schema';
import { confirmDestinationsSchema, settingsPatchSchema } from './settings-patch-schema';
import { amendmentRequestSchema } from './domain/amendment-request';
import { PASSPHRASE_LENGTH } from './limits';
import { CLOSURE_REASON_MAX } from './domain/closure';

export { settingsPatchSchema };

const id = idSchema;
const operator = operatorSchema;
const caseStatus = z.enum(CASE_STATUSES);
/**
 * What a pasted hand-off reference may be at most on the wire. The rule itself (ASCII letters,
 * digits, '#', '-', at most 32) is src-shared/domain/hand-off-reference.ts, checked by the core
 * with a message that says what is wrong.
 */
export const HAND_OFF_REFERENCE_WIRE_MAX = 64;

const confirmDestinations = confirmDestinationsSchema.optional();

export const ipcContract = {
  'settings:get-settings': { request: z.object({}), response: {} as Settings },
  'settings:update-settings': { request: z.object({ patch: settingsPatchSchema, operator, confirmDestinations }), response: {} as Settings },
  // This installation's station code, inside every new case number (kept out of Settings and profiles).
  'settings:station-code': { request: z.object({}), response: '' as string },
  'settings:set-station-code': { request: z.object({ code: z.string().min(1).max(16), operator }), response: '' as string },
  'cases:create-case': { request: z.object({ input: caseDraftShape.optional(), operator }), response: {} as CaseView },
  'cases:update-case': { request: z.object({ id, patch: caseDraftPatchShape, operator }), response: {} as CaseView },
  'cases:get-case': { request: z.object({ id }), response: {} as CaseView },
  'cases:list-cases': {
    request: z.object({ status: z.union([caseStatus, z.array(caseStatus)]).optional(), query: z.string().max(200).optional() }),
    response: [] as CaseSummary[],
  },
  'cases:evaluate-case': { request: z.object({ id }), response: {} as Evaluation },
  'cases:finalize-case': { request: z.object({ id, operator }), response: {} as CaseView },
  'cases:discard-case': { request: z.object({ id, operator }), response: {} as CaseView },
  'cases:close-case-not-verified': { request: z.object({ id, operator, reason: z.string().min(1).max(CLOSURE_REASON_MAX) }), response: {} as CaseView },
  'cases:amend-case': {
    request: amendmentRequestSchema.extend({ id, by: operator }),
    response: {} as CaseView,
  },
  'cases:find-earlier-requests': { request: z.object({ account: z.string().max(40), excludeId: id.optional() }), response: [] as EarlierRequest[] },
  'outbox:enqueue': { request: z.object({ caseId: id, operator }), response: {} as OutboxItem },
  'outbox:flush-outbox': { request: z.object({}), response: [] as OutboxItem[] },
  'outbox:list-outbox': { request: z.object({}), response: [] as OutboxItem[] },
  'outbox:retry-delivery': { request: z.object({ id, operator }), response: {} as OutboxItem },
  'outbox:get-mail-form-text': { request: z.object({ id }), response: '' as string },
  // The mail-form channel, hand-off, send-all
  'outbox:mark-handed-over': { request: z.object({ id, operator, reference: z.string().max(HAND_OFF_REFERENCE_WIRE_MAX).optional() }), response: {} as OutboxItem },
  'outbox:undo-hand-over': { request: z.object({ id, operator, reason: z.string().min(1).max(1000) }), response: {} as OutboxItem },
  'outbox:get-mail-form-link': { request: z.object({ id }), response: {} as MailFormLink },
  'outbox:open-mail-form': { request: z.object({ id, operator }), response: {} as MailFormOpened },
  'outbox:send-all-now': { request: z.object({ operator }), response: {} as SendAllResult },
  'outbox:queue-awaiting': { request: z.object({ ids: z.array(id).min(1).max(1000), operator }), response: [] as OutboxItem[] },
  'clipboard:copy-text': { request: z.object({ text: z.string().min(1).max(200_000) }), response: {} as { copied: boolean } },
  'records:print-record': { request: z.object({ caseId: id, operator }), response: {} as { printed: boolean } },
  'records:save-record-pdf': { request: z.object({ caseId: id, operator }), response: {} as { saved: boolean } },
  // Printing: the applicant's notice and the printed case list.
  'records:print-applicant-notice': { request: z.object({ caseId: id, operator }), response: {} as { printed: boolean } },
  'records:save-applicant-notice-pdf': { request: z.object({ caseId: id, operator }), response: {} as { saved: boolean } },
  'records:print-case-list': {
    request: z.object({ status: z.union([caseStatus, z.array(caseStatus)]).optional(), query: z.string().max(200).optional(), operator }),
    response: {} as { printed: boolean },
  },
  'keys:get-public-key': { request: z.object({}), response: {} as { jwk: PublicJwk; thumbprint: string } },
  'keys:export-public-key': { request: z.object({ operator }), response: {} as { saved: boolean } },
  'backup:export-backup': { request: z.object({ passphrase: z.string().min(PASSPHRASE_LENGTH.min).max(PASSPHRASE_LENGTH.max), operator }), response: {} as { saved: boolean } },
  'backup:restore-backup': { request: z.object({ passphrase: z.string().min(1).max(PASSPHRASE_LENGTH.max), operator }), response: {} as { restored: boolean } },
  'ledger:export-ledger': { request: z.object({ operator }), response: {} as { saved: boolean } },
  // The desk's verifier page that ships with the app: its SHA-256 (to compare with the published
  // one) and a save dialog writing it, so nobody needs a developer command.
  'desk-verifier:get-desk-verifier': { request: z.object({}), response: {} as { available: boolean; sha256: string | null } },
  'desk-verifier:save-desk-verifier': { request: z.object({ operator }), response: {} as { saved: boolean; sha256: string } },
  'connection:test-connection': { request: z.object({ url: z.string().min(1).max(2000) }), response: {} as ConnectionTestResult },
  // Settings: audit check, retention, key rotation
  'audit:verify-audit': { request: z.object({}), response: {} as AuditVerification },
  // The app-wide banner: breaks on record until a staff member acknowledges them (audited).
  'audit:get-audit-status': { request: z.object({}), response: {} as AuditStatus },
  // `through`: the newest break the banner showed (AuditStatus.lastBreak); a newer one is not acknowledged unseen.
  'audit:acknowledge-audit-breaks': { request: z.object({ operator, through: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }), response: {} as AuditStatus },
  'retention:preview-purge': { request: z.object({}), response: {} as PurgePreview },
  'retention:purge-now': { request: z.object({ operator }), response: {} as PurgeResult },
  'keys:rotate-key': {
    request: z.object({ reason: keyRotationReasonSchema, operator }),
    response: {} as { jwk: PublicJwk; thumbprint: string; saved: boolean; stillWaiting: readonly WaitingHandOver[] },
  },
  // The department profile. Export saves a file; import is two steps so staff see the changes
  // first: import-profile chooses, reads, checks and compares (writes nothing); apply-profile writes
  // the profile staff confirmed (checked again in the core: the renderer is not trusted with rules).
  'settings:export-profile': { request: z.object({ operator }), response: {} as { saved: boolean } },
  'settings:import-profile': { request: z.object({}), response: {} as ProfileImportPreview },
  'settings:apply-profile': { request: z.object({ profile: z.record(z.string(), z.unknown()), operator, confirmDestinations }), response: {} as Settings },
  // What became of the machine-wide profile at this start (Settings tells IT what to fix).
  'settings:get-machine-profile-status': { request: z.object({}), response: {} as MachineProfileStatus },
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


export const channels = Object.keys(ipcContract) as Channel[];

/** `mark-handed-over` → `markHandedOver`. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/**
 * One name per operation: a channel's preload method is its action in camelCase
 * (`outbox:mark-handed-over` → `markHandedOver`); the core function it reaches has that name, or
 * that name without its service's noun (`cases:get-case` → `getCase` → `core.cases.get`).
 */
export type MethodOf<C extends Channel> = C extends `${string}:${infer Action}` ? CamelCase<Action> : never;

export function methodNameOf<C extends Channel>(channel: C): MethodOf<C> {
  const action = channel.slice(channel.indexOf(':') + 1);
  return action.replace(/-([a-z])/g, (_dash, letter: string) => letter.toUpperCase()) as MethodOf<C>;
}

/** Channel → method of `window.salvageDesk`, derived from the channel's name. */
export const methodNames = Object.fromEntries(channels.map((channel) => [channel, methodNameOf(channel)])) as {
  readonly [C in Channel]: MethodOf<C>;
};

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

