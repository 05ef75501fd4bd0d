// A recording stand-in for the `Core` (the real one is tested in test/main/core): every method is
// a vi.fn, so IPC and preview tests can check which core call a channel reached, with what.
import { vi } from 'vitest';
import type { Core, OutboxScheduler } from '../../../src-main/core/core-types';
import type { AuditStatus, CaseView, MachineProfileStatus, MailFormLink, OutboxItem, Settings } from '../../../src-shared/core-api';
import type { MailFormDestination } from '../../../src-shared/protocol/mail-form-destination';
import { profileOf } from '../../../src-shared/profile/profile-schema';
import { listRowOf } from '../../support/case-list-row';

export const fakeSettings: Settings = {
  department: { code: 'engineering', name: '工学系研究科' },
  staff: [{ name: '窓口 太郎', role: '学務係' }],
  deliveryChannel: 'endpoint',
  mailFormUrl: 'https://forms.gle/ASFmXTbgNwncrWL28',
  mailFormPrefillTemplate: null,
  endpointUrl: null,
  language: 'ja',
  retentionDays: 365,
  studentNumberPattern: null,
};

export function fakeCase(id = 'case-1', caseNumber: string | null = 'SD-2026-0001'): CaseView {
  return {
    id, status: caseNumber ? 'finalized' : 'draft', caseNumber, submissionId: null, input: {},
    createdAt: '2026-04-01T00:00:00Z', updatedAt: '2026-04-01T00:00:00Z', finalizedAt: null, finalizedBy: null,
    finalizedUnder: caseNumber ? { department: { code: 'engineering', name: '工学部' }, caseNumberPrefix: 'SD' } : null,
    amendments: [], accountExpiry: null, deadline: null, daysLeft: null, purgedAt: null,
  };
}

export const fakeOutboxItem: OutboxItem = {
  id: 'sub-1', caseId: 'case-1', caseNumber: 'SD-2026-0001', kind: 'request', channel: 'endpoint', amendsSubmissionId: null,
  state: 'queued', handedOver: null, handOverUndoableUntil: null, attempts: 0, nextAttemptAt: null,
  lastError: null, receiptId: null, receivedAt: null, payloadSha256: 'ab'.repeat(32), queuedAt: '2026-04-01T00:00:00Z', erased: false,
};

const quietAudit: AuditStatus = {
  recordedBreaks: 0, unacknowledged: 0, lastProblem: null, lastBreak: 0, integrity: 'ok', unredacted: 0, purgeFailure: null, fullCheck: { state: 'done', verified: 0, total: 0, last: null },
};

export type FakeCore = Core & { readonly scheduler: { [K in keyof OutboxScheduler]: ReturnType<typeof vi.fn> }; emitOutbox(items: OutboxItem[]): void };

export function createFakeCore(): FakeCore {
  const listeners = new Set<(items: OutboxItem[]) => void>();
  const scheduler = { poke: vi.fn(), networkChanged: vi.fn(), stop: vi.fn(async () => undefined) };
  const fake: FakeCore = {
    scheduler,
    emitOutbox: (items) => listeners.forEach((l) => l(items)),
    settings: {
      get: vi.fn(async () => fakeSettings),
      update: vi.fn(async (patch) => ({ ...fakeSettings, ...patch })),
      exportProfile: vi.fn(async () => profileOf(fakeSettings)),
      previewProfile: vi.fn(async () => [{ field: 'retentionDays' as const, before: 365, after: 730 }]),
      applyProfile: vi.fn(async () => ({ ...fakeSettings, retentionDays: 730 })),
      stationCode: vi.fn(async () => 'A7K'),
      setStationCode: vi.fn(async (code: string) => code),
      getMachineProfileStatus: vi.fn(async (): Promise<MachineProfileStatus> => ({ outcome: 'no-file', check: null, path: null })),
    },
    cases: {
      createDraft: vi.fn(async () => fakeCase('case-new', null)),
      update: vi.fn(async (id: string) => fakeCase(id, null)),
      get: vi.fn(async (id: string) => fakeCase(id)),
      list: vi.fn(async () => [listRowOf(fakeCase())]),
      evaluate: vi.fn(async () => ({ canFinalize: false }) as never),
      finalize: vi.fn(async (id: string) => fakeCase(id)),
      discard: vi.fn(async (id: string) => ({ ...fakeCase(id, null), status: 'discarded' as const })),
      closeNotVerified: vi.fn(async (id: string) => ({ ...fakeCase(id), status: 'closed-not-verified' as const })),
      amend: vi.fn(async (id: string) => fakeCase(id)),
      earlierRequests: vi.fn(async () => []),
    },
    outbox: {
      enqueue: vi.fn(async () => fakeOutboxItem),
      flush: vi.fn(async () => [fakeOutboxItem]),
      list: vi.fn(async () => [fakeOutboxItem]),
      retry: vi.fn(async () => fakeOutboxItem),
      mailFormText: vi.fn(async () => '検証コード: eyJ...'),
      mailFormLink: vi.fn(async (): Promise<MailFormLink> => ({ url: 'https://forms.gle/ASFmXTbgNwncrWL28', prefilled: false, text: '検証コード: eyJ...', reason: 'no-template', otherThanDefault: null })),
      mailFormDestination: vi.fn(async (): Promise<MailFormDestination> => ({ formUrl: 'https://forms.gle/ASFmXTbgNwncrWL28', template: null, reason: 'no-template', otherThanDefault: null })),
      // As the core does it: the link (mailFormLink's mock), the block copied unless prefilled, the form
      // opened with the confirmed destination as the allowlist.
      openMailForm: vi.fn(async (id: string, _opts: unknown, desktop: Parameters<Core['outbox']['openMailForm']>[2]) => {
        const link = await fake.outbox.mailFormLink(id);
        if (!link.prefilled) await desktop.copyText(link.text);
        const dest = await fake.outbox.mailFormDestination();
        const opened = await desktop.openMailForm(link.url, { mailFormUrl: dest.formUrl, mailFormPrefillTemplate: dest.template });
        return { ...link, opened, copied: !link.prefilled };
      }),
      markHandedOver: vi.fn(async (_id: string, opts: { operator: string; reference?: string }) => ({
        ...fakeOutboxItem, channel: 'mail-form' as const, state: 'handed-over' as const,
        handedOver: { by: opts.operator, at: '2026-04-01T01:00:00.000Z', reference: opts.reference ?? null }, handOverUndoableUntil: '2026-04-01T15:00:00.000Z',
      })),
      undoHandOver: vi.fn(async () => ({ ...fakeOutboxItem, channel: 'mail-form' as const, state: 'awaiting-hand-off' as const })),
      queueAwaiting: vi.fn(async () => [fakeOutboxItem]),
      sendAllNow: vi.fn(async () => ({ delivered: 1, stillFailing: [], notSent: 0 })),
      startScheduler: vi.fn(() => scheduler),
      onChange: vi.fn((listener: (items: OutboxItem[]) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      }),
      testConnection: vi.fn(async () => ({ ok: true, status: 200, message: { ja: '接続できました', en: 'Connected' } })),
    },
    records: {
      pdf: vi.fn(async () => new TextEncoder().encode('%PDF-1.7 fake')),
      applicantNoticePdf: vi.fn(async () => new TextEncoder().encode('%PDF-1.7 fake notice')),
      caseListPdf: vi.fn(async () => new TextEncoder().encode('%PDF-1.7 fake case list')),
      logCaseListOutput: vi.fn(async () => undefined),
      logOutput: vi.fn(async () => undefined),
    },
    keys: {
      publicJwk: vi.fn(async () => ({ kty: 'OKP' as const, crv: 'Ed25519' as const, x: 'x'.repeat(43), kid: 'kid-1' })),
      thumbprint: vi.fn(async () => 'kid-1'),
      exportPublicJwks: vi.fn(async () => undefined),
      rotate: vi.fn(async () => ({ kty: 'OKP' as const, crv: 'Ed25519' as const, x: 'y'.repeat(43), kid: 'kid-2', stillWaiting: [] })),
    },
    verifyAudit: vi.fn(async () => ({ ok: true, entries: 0, firstBroken: null, problem: null, anchoredSeq: null, recordedBreaks: 0 })),
    getAuditStatus: vi.fn(async () => quietAudit),
    acknowledgeAuditBreaks: vi.fn(async () => quietAudit),
    previewPurge: vi.fn(async () => ({ cases: 0, byStatus: {}, oldRestoreFolders: 0, lastFailure: null })),
    purgeNow: vi.fn(async () => ({ purged: 0, folders: 0, notErased: 0 })),
    purgeExpired: vi.fn(async () => ({ purged: 0 })),
    exportBackup: vi.fn(async () => undefined),
    exportLedger: vi.fn(async () => undefined),
    close: vi.fn(async () => undefined),
  };
  return fake;
}
