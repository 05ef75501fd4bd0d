// Which core method each channel must reach with a valid payload (used by the IPC and preview tests).
import type { Mock } from 'vitest';
import type { Channel } from '../../../src-shared/ipc-contract';
import type { FakeCore } from './fake-core';

export const coreCallOf: { readonly [C in Channel]: (core: FakeCore) => unknown } = {
  'settings:get': (c) => c.settings.get,
  'settings:update': (c) => c.settings.update,
  'cases:create': (c) => c.cases.createDraft,
  'cases:update': (c) => c.cases.update,
  'cases:get': (c) => c.cases.get,
  'cases:list': (c) => c.cases.list,
  'cases:evaluate': (c) => c.cases.evaluate,
  'cases:finalize': (c) => c.cases.finalize,
  'cases:discard': (c) => c.cases.discard,
  'cases:close-not-verified': (c) => c.cases.closeNotVerified,
  'cases:amend': (c) => c.cases.amend,
  'cases:earlier-requests': (c) => c.cases.earlierRequests,
  'outbox:enqueue': (c) => c.outbox.enqueue,
  'outbox:flush': (c) => c.outbox.flush,
  'outbox:list': (c) => c.outbox.list,
  'outbox:retry': (c) => c.outbox.retry,
  'outbox:mail-form-text': (c) => c.outbox.mailFormText,
  'outbox:hand-over': (c) => c.outbox.markHandedOver,
  'outbox:undo-hand-over': (c) => c.outbox.undoHandOver,
  'outbox:mail-form-link': (c) => c.outbox.mailFormLink,
  'outbox:open-mail-form': (c) => c.outbox.mailFormLink,
  'outbox:send-all': (c) => c.outbox.sendAllNow,
  'outbox:queue-awaiting': (c) => c.outbox.queueAwaiting,
  'clipboard:write-text': () => null, // reaches the host's copyText, checked separately
  'records:print': (c) => c.records.logOutput,
  'records:save-pdf': (c) => c.records.logOutput,
  'records:print-notice': (c) => c.records.logOutput,
  'records:save-notice-pdf': (c) => c.records.logOutput,
  'records:print-case-list': (c) => c.records.logCaseListOutput,
  'keys:public-jwk': (c) => c.keys.thumbprint,
  'keys:export-public': (c) => c.keys.exportPublicJwks,
  'backup:export': (c) => c.exportBackup,
  'backup:restore': () => null, // reaches the host's restoreBackup, checked separately
  'ledger:export': (c) => c.exportLedger,
  'connection:test': (c) => c.outbox.testConnection,
  'audit:verify': (c) => c.verifyAudit,
  'retention:preview': (c) => c.previewPurge,
  'retention:purge': (c) => c.purgeNow,
  'keys:rotate': (c) => c.keys.rotate,
  'settings:export-profile': (c) => c.settings.exportProfile,
  'settings:import-profile': (c) => c.settings.previewProfile,
  'settings:apply-profile': (c) => c.settings.importProfile,
};

export function calledCore(core: FakeCore, channel: Channel): Mock | null {
  return coreCallOf[channel](core) as Mock | null;
}
