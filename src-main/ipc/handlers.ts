// One handler per IPC channel: already-validated request in, core call, plain value out.
// Whatever needs the desktop (file dialogs, the printer) is behind `OutputHost`, implemented by
// the Electron shell with native dialogs and by the browser preview with an output folder.
import { saveChosenFile } from './save-file';
import { saveThroughDialog } from './save-through-dialog';
import type { Core } from '../core/core-types';
import { CoreError } from '../core/errors';
import type { Channel } from '../../src-shared/ipc-contract';
import type { ChannelHandlers, OutputHost } from './handler-types';
import { profileHandlers } from './profile-handlers';
import { deskVerifierHandlers } from './desk-verifier-handlers';
import { tokyoDate } from '../../src-shared/domain';

export type { ChannelHandlers, OutputHost, ParsedRequest, SaveKind } from './handler-types';

const notSupported = new CoreError('io', {
  ja: 'この環境ではバックアップからの復元はできません。デスクトップ版のアプリで復元してください。',
  en: 'Restoring a backup is not available here. Restore it in the desktop app.',
});

/** ISO date (UTC) for default file names: the date only, nothing personal. */
function stamp(now: Date): string {
  return now.toISOString().slice(0, 10);
}

async function caseNumberOf(core: Core, caseId: string): Promise<string> {
  const view = await core.cases.get(caseId);
  if (!view.caseNumber) {
    throw new CoreError('invalid-state', {
      ja: '記録票は確定済みの案件のみ出力できます。先に確定してください。',
      en: 'Only a finalized case has a record to print. Finalize it first.',
    });
  }
  return view.caseNumber;
}

/** What every handler group shares: the core, the desktop services and the clock. */
interface HandlerContext {
  readonly core: Core;
  readonly host: OutputHost;
  readonly now: () => Date;
}

/** The handlers of every channel whose name starts with one of `Prefix`. */
type HandlersFor<Prefix extends string> = Pick<ChannelHandlers, Extract<Channel, `${Prefix}:${string}`>>;

const PUBLIC_KEY_FILE = 'salvage-desk-public-key.jwks.json';

function settingsAndCaseHandlers({ core }: HandlerContext) {
  return {
    'settings:get-settings': () => core.settings.get(),
    'settings:station-code': () => core.settings.stationCode(),
    'settings:set-station-code': ({ code, operator }) => core.settings.setStationCode(code, { operator }),
    'settings:get-machine-profile-status': () => core.settings.getMachineProfileStatus(),
    'settings:update-settings': ({ patch, operator, confirmDestinations }) => core.settings.update(patch, { operator, ...(confirmDestinations ? { confirmDestinations } : {}) }),
    'cases:create-case': ({ input, operator }) => core.cases.createDraft(input, { operator }),
    'cases:update-case': ({ id, patch, operator }) => core.cases.update(id, patch, { operator }),
    'cases:get-case': ({ id }) => core.cases.get(id),
    'cases:list-cases': ({ status, query }) => core.cases.list({ status, query }),
    'cases:evaluate-case': ({ id }) => core.cases.evaluate(id),
    'cases:finalize-case': ({ id, operator }) => core.cases.finalize(id, { operator }),
    'cases:discard-case': ({ id, operator }) => core.cases.discard(id, { operator }),
    'cases:close-case-not-verified': ({ id, operator, reason }) => core.cases.closeNotVerified(id, { operator, reason }),
    'cases:amend-case': ({ id, field, value, valueConfirm, reason, by }) => core.cases.amend(id, { field, value, valueConfirm, reason, by }),
    'cases:find-earlier-requests': ({ account, excludeId }) => core.cases.earlierRequests(account, { excludeId }),
  } satisfies Pick<ChannelHandlers, 'settings:get-settings' | 'settings:update-settings' | 'settings:station-code' | 'settings:set-station-code' | 'settings:get-machine-profile-status'> & HandlersFor<'cases'>;
}

function outboxHandlers({ core, host }: HandlerContext) {
  return {
    'outbox:enqueue': ({ caseId, operator }) => core.outbox.enqueue(caseId, { operator }),
    'outbox:flush-outbox': () => core.outbox.flush(),
    'outbox:list-outbox': () => core.outbox.list(),
    'outbox:retry-delivery': ({ id, operator }) => core.outbox.retry(id, { operator }),
    'outbox:get-mail-form-text': ({ id }) => core.outbox.mailFormText(id),
    'outbox:mark-handed-over': ({ id, operator, reference }) => core.outbox.markHandedOver(id, { operator, ...(reference === undefined ? {} : { reference }) }),
    'outbox:undo-hand-over': ({ id, operator, reason }) => core.outbox.undoHandOver(id, { operator, reason }),
    'outbox:get-mail-form-link': ({ id }) => core.outbox.mailFormLink(id),
    'outbox:open-mail-form': ({ id, operator }) => core.outbox.openMailForm(id, { operator }, host),
    'outbox:send-all-now': ({ operator }) => core.outbox.sendAllNow({ operator }),
    'outbox:queue-awaiting': ({ ids, operator }) => core.outbox.queueAwaiting(ids, { operator }),
    'clipboard:copy-text': async ({ text }) => {
      await host.copyText(text);
      return { copied: true };
    },
  } satisfies HandlersFor<'outbox' | 'clipboard'>;
}

/** A case's record, its applicant notice and the case list: file and job names carry no personal data. */
function recordsHandlers({ core, host, now }: HandlerContext) {
  const noticeName = (caseNumber: string): string => `${caseNumber}-applicant-notice`;
  return {
    'records:print-record': async ({ caseId, operator }) => {
      const caseNumber = await caseNumberOf(core, caseId);
      const printed = await host.printPdf(await core.records.pdf(caseId), caseNumber);
      if (printed) await core.records.logOutput(caseId, 'print', { operator });
      return { printed };
    },
    'records:save-record-pdf': async ({ caseId, operator }) => {
      const caseNumber = await caseNumberOf(core, caseId);
      const pdf = await core.records.pdf(caseId);
      const saved = await saveThroughDialog(host, 'record-pdf', `${caseNumber}.pdf`, async (target) => {
        await saveChosenFile(target, pdf);
        await core.records.logOutput(caseId, 'save', { operator });
      });
      return { saved };
    },
    'records:print-applicant-notice': async ({ caseId, operator }) => {
      const caseNumber = await caseNumberOf(core, caseId);
      const printed = await host.printPdf(await core.records.applicantNoticePdf(caseId), noticeName(caseNumber));
      if (printed) await core.records.logOutput(caseId, 'print', { operator, document: 'applicant-notice' });
      return { printed };
    },
    'records:save-applicant-notice-pdf': async ({ caseId, operator }) => {
      const caseNumber = await caseNumberOf(core, caseId);
      const pdf = await core.records.applicantNoticePdf(caseId);
      const saved = await saveThroughDialog(host, 'applicant-notice-pdf', `${noticeName(caseNumber)}.pdf`, async (target) => {
        await saveChosenFile(target, pdf);
        await core.records.logOutput(caseId, 'save', { operator, document: 'applicant-notice' });
      });
      return { saved };
    },
    'records:print-case-list': async ({ status, query, operator }) => {
      const filter = { ...(status === undefined ? {} : { status }), ...(query === undefined ? {} : { query }) };
      const [pdf, rows] = await Promise.all([core.records.caseListPdf(filter), core.cases.list(filter)]);
      const printed = await host.printPdf(pdf, `case-list-${tokyoDate(now())}`);
      if (printed) await core.records.logCaseListOutput('print', { operator, rows: rows.length });
      return { printed };
    },
  } satisfies HandlersFor<'records'>;
}

/** The signing key, backups, the ledger, the audit check and retention. */
function keysAndDataHandlers({ core, host, now }: HandlerContext) {
  const exportPublicKey = (operator: string): Promise<boolean> =>
    saveThroughDialog(host, 'public-key', PUBLIC_KEY_FILE, (target) => core.keys.exportPublicJwks(target, { operator }));
  return {
    'keys:get-public-key': async () => ({ jwk: await core.keys.publicJwk(), thumbprint: await core.keys.thumbprint() }),
    'keys:export-public-key': async ({ operator }) => ({ saved: await exportPublicKey(operator) }),
    'keys:rotate-key': async ({ reason, operator }) => {
      const jwk = await core.keys.rotate({ operator, reason });
      // The new public key must be registered with the desk: offer to save it at once.
      const saved = await exportPublicKey(operator);
      const { stillWaiting, ...publicJwk } = jwk;
      return { jwk: publicJwk, thumbprint: await core.keys.thumbprint(), saved, stillWaiting };
    },
    'backup:export-backup': async ({ passphrase, operator }) => ({
      saved: await saveThroughDialog(host, 'backup', `salvage-desk-backup-${stamp(now())}.sdbackup`, (target) => core.exportBackup(target, passphrase, { operator })),
    }),
    'backup:restore-backup': async ({ passphrase, operator }) => {
      if (!host.restoreBackup) throw notSupported;
      const source = await host.chooseBackupToRestore();
      if (!source) return { restored: false };
      return { restored: await host.restoreBackup(source, passphrase, operator) };
    },
    'ledger:export-ledger': async ({ operator }) => ({
      saved: await saveThroughDialog(host, 'ledger', `salvage-desk-ledger-${stamp(now())}.csv`, (target) => core.exportLedger(target, { operator })),
    }),
    'connection:test-connection': ({ url }) => core.outbox.testConnection(url),
    'audit:verify-audit': () => core.verifyAudit(),
    'audit:get-audit-status': () => core.getAuditStatus(),
    'audit:acknowledge-audit-breaks': ({ operator, through }) => core.acknowledgeAuditBreaks({ operator, through }),
    'retention:preview-purge': () => core.previewPurge(),
    'retention:purge-now': ({ operator }) => core.purgeNow({ operator }),
  } satisfies HandlersFor<'keys' | 'backup' | 'ledger' | 'connection' | 'audit' | 'retention'>;
}

export function createHandlers(core: Core, host: OutputHost, now: () => Date = () => new Date()): ChannelHandlers {
  const ctx: HandlerContext = { core, host, now };
  return {
    ...settingsAndCaseHandlers(ctx),
    ...outboxHandlers(ctx),
    ...recordsHandlers(ctx),
    ...keysAndDataHandlers(ctx),
    ...profileHandlers(core, host),
    ...deskVerifierHandlers(host),
  };
}
