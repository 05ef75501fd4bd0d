// One handler per IPC channel: already-validated request in, core call, plain value out.
// Whatever needs the desktop (file dialogs, the printer) is behind `OutputHost`, implemented by
// the Electron shell with native dialogs and by the browser preview with an output folder.
import { writeFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { Channel, ResponseOf, ipcContract } from '../../src-shared/ipc-contract';
import type { Core } from '../core/core-types';
import { CoreError } from '../core/errors';
import { profileHandlers } from './profile-handlers';
import { tokyoDate } from '../../src-shared/domain';

export type ParsedRequest<C extends Channel> = z.output<(typeof ipcContract)[C]['request']>;
export type ChannelHandlers = { readonly [C in Channel]: (request: ParsedRequest<C>) => Promise<ResponseOf<C>> };

/** What a save dialog is for: picks the title, the filters and the remembered folder. */
export type SaveKind = 'record-pdf' | 'applicant-notice-pdf' | 'public-key' | 'backup' | 'ledger' | 'profile';

export interface OutputHost {
  /** Ask where to save; null when the user cancels. `defaultName` never contains personal data. */
  chooseSavePath(kind: SaveKind, defaultName: string): Promise<string | null>;
  /** Ask which backup file to restore; null when the user cancels. */
  chooseBackupToRestore(): Promise<string | null>;
  /**
   * Print a PDF through the system print dialog; false when the user cancels. `jobName` names the
   * print job (and the preview's file): a case number or a date, never personal data.
   */
  printPdf(pdf: Uint8Array, jobName: string): Promise<boolean>;
  /** Put text on the system clipboard (Electron's clipboard in main; the preview writes it to its output). */
  copyText(text: string): Promise<void>;
  /**
   * Open the desk's mail form in the system browser, allowing exactly the configured form's (and
   * prefill template's) origin and path prefix; false when the URL is not one of them.
   */
  openMailForm(url: string, form: { readonly mailFormUrl: string; readonly mailFormPrefillTemplate: string | null }): Promise<boolean>;
  /** Ask which department profile (*.salvage-profile.json) to import; null when the user cancels; absent when unsupported. */
  chooseProfileToImport?(): Promise<string | null>;
  /** Replace the data with a backup (the app restarts on it); false when the user cancels; absent when unsupported. */
  restoreBackup?(path: string, passphrase: string, operator: string): Promise<boolean>;
}

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

/** The applicant's notice and the case list (h-records): file and job names carry no personal data. */
function recordsPrintHandlers(core: Core, host: OutputHost, now: () => Date) {
  const noticeName = (caseNumber: string): string => `${caseNumber}-applicant-notice`;
  return {
    'records:print-notice': async ({ caseId, operator }) => {
      const caseNumber = await caseNumberOf(core, caseId);
      const printed = await host.printPdf(await core.records.applicantNoticePdf(caseId), noticeName(caseNumber));
      if (printed) await core.records.logOutput(caseId, 'print', { operator, document: 'applicant-notice' });
      return { printed };
    },
    'records:save-notice-pdf': async ({ caseId, operator }) => {
      const caseNumber = await caseNumberOf(core, caseId);
      const pdf = await core.records.applicantNoticePdf(caseId);
      const target = await host.chooseSavePath('applicant-notice-pdf', `${noticeName(caseNumber)}.pdf`);
      if (!target) return { saved: false };
      await writeFile(target, pdf, { mode: 0o600 });
      await core.records.logOutput(caseId, 'save', { operator, document: 'applicant-notice' });
      return { saved: true };
    },
    'records:print-case-list': async ({ status, query, operator }) => {
      const filter = { ...(status === undefined ? {} : { status }), ...(query === undefined ? {} : { query }) };
      const [pdf, rows] = await Promise.all([core.records.caseListPdf(filter), core.cases.list(filter)]);
      const printed = await host.printPdf(pdf, `case-list-${tokyoDate(now())}`);
      if (printed) await core.records.logCaseListOutput('print', { operator, rows: rows.length });
      return { printed };
    },
  } satisfies Pick<ChannelHandlers, 'records:print-notice' | 'records:save-notice-pdf' | 'records:print-case-list'>;
}

export function createHandlers(core: Core, host: OutputHost, now: () => Date = () => new Date()): ChannelHandlers {
  return {
    'settings:get': () => core.settings.get(),
    'settings:update': ({ patch, operator }) => core.settings.update(patch, { operator }),
    'cases:create': ({ input, operator }) => core.cases.createDraft(input, { operator }),
    'cases:update': ({ id, patch, operator }) => core.cases.update(id, patch, { operator }),
    'cases:get': ({ id }) => core.cases.get(id),
    'cases:list': ({ status, query }) => core.cases.list({ status, query }),
    'cases:evaluate': ({ id }) => core.cases.evaluate(id),
    'cases:finalize': ({ id, operator }) => core.cases.finalize(id, { operator }),
    'cases:discard': ({ id, operator }) => core.cases.discard(id, { operator }),
    'cases:close-not-verified': ({ id, operator, reason }) => core.cases.closeNotVerified(id, { operator, reason }),
    'cases:amend': ({ id, field, value, valueConfirm, reason, by }) => core.cases.amend(id, { field, value, valueConfirm, reason, by }),
    'cases:earlier-requests': ({ account, excludeId }) => core.cases.earlierRequests(account, { excludeId }),
    'outbox:enqueue': ({ caseId, operator }) => core.outbox.enqueue(caseId, { operator }),
    'outbox:flush': () => core.outbox.flush(),
    'outbox:list': () => core.outbox.list(),
    'outbox:retry': ({ id, operator }) => core.outbox.retry(id, { operator }),
    'outbox:mail-form-text': ({ id }) => core.outbox.mailFormText(id),
    'outbox:hand-over': ({ id, operator, reference }) => core.outbox.markHandedOver(id, { operator, ...(reference === undefined ? {} : { reference }) }),
    'outbox:undo-hand-over': ({ id, operator, reason }) => core.outbox.undoHandOver(id, { operator, reason }),
    'outbox:mail-form-link': ({ id }) => core.outbox.mailFormLink(id),
    'outbox:open-mail-form': async ({ id }) => {
      const link = await core.outbox.mailFormLink(id);
      const settings = await core.settings.get();
      return { ...link, opened: await host.openMailForm(link.url, settings) };
    },
    'outbox:send-all': ({ operator }) => core.outbox.sendAllNow({ operator }),
    'outbox:queue-awaiting': ({ ids, operator }) => core.outbox.queueAwaiting(ids, { operator }),
    'clipboard:write-text': async ({ text }) => {
      await host.copyText(text);
      return { copied: true };
    },
    'records:print': async ({ caseId, operator }) => {
      const caseNumber = await caseNumberOf(core, caseId);
      const printed = await host.printPdf(await core.records.pdf(caseId), caseNumber);
      if (printed) await core.records.logOutput(caseId, 'print', { operator });
      return { printed };
    },
    'records:save-pdf': async ({ caseId, operator }) => {
      const caseNumber = await caseNumberOf(core, caseId);
      const pdf = await core.records.pdf(caseId);
      const target = await host.chooseSavePath('record-pdf', `${caseNumber}.pdf`);
      if (!target) return { saved: false };
      await writeFile(target, pdf, { mode: 0o600 });
      await core.records.logOutput(caseId, 'save', { operator });
      return { saved: true };
    },
    ...recordsPrintHandlers(core, host, now),
    'keys:public-jwk': async () => ({ jwk: await core.keys.publicJwk(), thumbprint: await core.keys.thumbprint() }),
    'keys:export-public': async ({ operator }) => {
      const target = await host.chooseSavePath('public-key', 'salvage-desk-public-key.jwks.json');
      if (!target) return { saved: false };
      await core.keys.exportPublicJwks(target, { operator });
      return { saved: true };
    },
    'backup:export': async ({ passphrase, operator }) => {
      const target = await host.chooseSavePath('backup', `salvage-desk-backup-${stamp(now())}.sdbackup`);
      if (!target) return { saved: false };
      await core.exportBackup(target, passphrase, { operator });
      return { saved: true };
    },
    'backup:restore': async ({ passphrase, operator }) => {
      if (!host.restoreBackup) throw notSupported;
      const source = await host.chooseBackupToRestore();
      if (!source) return { restored: false };
      return { restored: await host.restoreBackup(source, passphrase, operator) };
    },
    'ledger:export': async ({ operator }) => {
      const target = await host.chooseSavePath('ledger', `salvage-desk-ledger-${stamp(now())}.csv`);
      if (!target) return { saved: false };
      await core.exportLedger(target, { operator });
      return { saved: true };
    },
    'connection:test': ({ url }) => core.outbox.testConnection(url),
    'audit:verify': () => core.verifyAudit(),
    'retention:preview': () => core.previewPurge(),
    'retention:purge': ({ operator }) => core.purgeNow({ operator }),
    'keys:rotate': async ({ reason, operator }) => {
      const jwk = await core.keys.rotate({ operator, reason });
      // The new public key must be registered with the desk: offer to save it at once.
      const target = await host.chooseSavePath('public-key', 'salvage-desk-public-key.jwks.json');
      if (target) await core.keys.exportPublicJwks(target, { operator });
      return { jwk, thumbprint: await core.keys.thumbprint(), saved: target !== null };
    },
    ...profileHandlers(core, host),
  };
}
