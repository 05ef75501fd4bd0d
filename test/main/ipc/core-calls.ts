// Which core method each channel must reach with a valid payload (used by the IPC and preview tests).
import type { Mock } from 'vitest';
import type { Channel } from '../../../src-shared/ipc-contract';
import type { FakeCore } from './fake-core';

export const coreCallOf: { readonly [C in Channel]: (core: FakeCore) => unknown } = {
  'settings:get-settings': (c) => c.settings.get,
  'settings:station-code': (c) => c.settings.stationCode,
  'settings:set-station-code': (c) => c.settings.setStationCode,
  'settings:update-settings': (c) => c.settings.update,
  'cases:create-case': (c) => c.cases.createDraft,
  'cases:update-case': (c) => c.cases.update,
  'cases:get-case': (c) => c.cases.get,
  'cases:list-cases': (c) => c.cases.list,
  'cases:evaluate-case': (c) => c.cases.evaluate,
  'cases:finalize-case': (c) => c.cases.finalize,
  'cases:discard-case': (c) => c.cases.discard,
  'cases:close-case-not-verified': (c) => c.cases.closeNotVerified,
  'cases:amend-case': (c) => c.cases.amend,
  'cases:find-earlier-requests': (c) => c.cases.earlierRequests,
  'outbox:enqueue': (c) => c.outbox.enqueue,
  'outbox:flush-outbox': (c) => c.outbox.flush,
  'outbox:list-outbox': (c) => c.outbox.list,
  'outbox:retry-delivery': (c) => c.outbox.retry,
  'outbox:get-mail-form-text': (c) => c.outbox.mailFormText,
  'outbox:mark-handed-over': (c) => c.outbox.markHandedOver,
  'outbox:undo-hand-over': (c) => c.outbox.undoHandOver,
  'outbox:get-mail-form-link': (c) => c.outbox.mailFormLink,
  'outbox:open-mail-form': (c) => c.outbox.openMailForm,
  'outbox:send-all-now': (c) => c.outbox.sendAllNow,
  'outbox:queue-awaiting': (c) => c.outbox.queueAwaiting,
  'clipboard:copy-text': () => null, // reaches the host's copyText, checked separately
  'records:print-record': (c) => c.records.logOutput,
  'records:save-record-pdf': (c) => c.records.logOutput,
  'records:print-applicant-notice': (c) => c.records.logOutput,
  'records:save-applicant-notice-pdf': (c) => c.records.logOutput,
  'records:print-case-list': (c) => c.records.logCaseListOutput,
  'keys:get-public-key': (c) => c.keys.thumbprint,
  'keys:export-public-key': (c) => c.keys.exportPublicJwks,
  'backup:export-backup': (c) => c.exportBackup,
  'backup:restore-backup': () => null, // reaches the host's restoreBackup, checked separately
  'ledger:export-ledger': (c) => c.exportLedger,
  'desk-verifier:get-desk-verifier': () => null, // reaches the host's deskVerifierPage only
  'desk-verifier:save-desk-verifier': () => null,
  'connection:test-connection': (c) => c.outbox.testConnection,
  'audit:verify-audit': (c) => c.verifyAudit,
  'audit:get-audit-status': (c) => c.getAuditStatus,
  'audit:acknowledge-audit-breaks': (c) => c.acknowledgeAuditBreaks,
  'retention:preview-purge': (c) => c.previewPurge,
  'retention:purge-now': (c) => c.purgeNow,
  'keys:rotate-key': (c) => c.keys.rotate,
  'settings:export-profile': (c) => c.settings.exportProfile,
  'settings:import-profile': (c) => c.settings.previewProfile,
  'settings:apply-profile': (c) => c.settings.applyProfile,
  'settings:get-machine-profile-status': (c) => c.settings.getMachineProfileStatus,
};

export function calledCore(core: FakeCore, channel: Channel): Mock | null {
  return coreCallOf[channel](core) as Mock | null;
}
