// A CoreContext without the store, for unit tests of keys and outbox: an in-memory SQLite with
// only the outbox migrations, cases in a Map whose status is derived from their request item as the
// store derives it, the case events, a recorded audit trail, a settable clock. End-to-end tests
// use the real openCore instead.
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import type { CaseView, Settings } from '../../src-shared/core-api';
import type { AuditEvent, CoreContext } from '../../src-main/core/context';
import { CoreError } from '../../src-main/core/errors';
import { createCaseEvents, type CaseEvents } from '../../src-main/core/cases/case-events';
import { m0005 } from '../../src-main/core/migrations/0005-outbox';
import { rebuildOutbox0006 } from '../../src-main/core/migrations/0006-delivery-channel';
import { memorySecretStore } from '../../src-main/core/secrets';
import type { SecretStore } from '../../src-main/core/core-types';
import { completeCase } from '../../tools/fixtures/case-fixtures';
import { otherDestinations } from '../../src-shared/protocol/mail-form-destination';
import { withPublishedFormStandIn } from '../../tools/preview/published-form-stand-in';

export interface FakeContext extends CoreContext {
  readonly auditLog: AuditEvent[];
  readonly cases: Map<string, CaseView>;
  readonly events: CaseEvents;
  settings: Settings;
  clock: Date;
  addFinalizedCase(): CaseView;
}

export function fakeCoreContext(opts: { secrets?: SecretStore; fetch?: typeof fetch; endpointUrl?: string | null } = {}): FakeContext {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT'); // as in migration 0001
  m0005.up(db);
  rebuildOutbox0006(db);
  db.exec('ALTER TABLE outbox ADD COLUMN delivered_at TEXT'); // as migration 0009 adds it
  // The outbox reads whether an item's case was erased from the cases table: here none ever is.
  db.exec('CREATE TABLE cases (id TEXT PRIMARY KEY, purged_at TEXT)');
  const events = createCaseEvents();
  const requestState = db.prepare<[string], CaseView['status']>(`SELECT state FROM outbox WHERE case_id = ? AND kind = 'request'`).pluck();
  const cases = new Map<string, CaseView>();
  let seq = 0;
  const ctx: FakeContext = {
    db,
    dataDir: '/nonexistent',
    secrets: opts.secrets ?? memorySecretStore(),
    // The desk's short link answers as forms.gle does (there is no internet in tests).
    fetch: withPublishedFormStandIn(opts.fetch ?? globalThis.fetch),
    clock: new Date('2026-05-11T01:00:00Z'),
    now: () => ctx.clock,
    auditLog: [],
    audit: (e) => void ctx.auditLog.push(e),
    settings: { department: { code: 'engineering', name: '工学部' }, staff: [], deliveryChannel: 'endpoint', mailFormUrl: 'https://forms.gle/ASFmXTbgNwncrWL28', mailFormPrefillTemplate: null, endpointUrl: opts.endpointUrl ?? null, language: 'ja', retentionDays: 365 },
    // Stands for settings saved through the core, which stores the endpoint only once confirmed.
    getSettings: () => ({ ...ctx.settings, confirmedDestinations: ctx.settings.confirmedDestinations ?? otherDestinations(ctx.settings).map((d) => d.label) }),
    cases,
    events,
    caseEvents: events,
    getCase(id) {
      const c = cases.get(id);
      if (!c) throw new CoreError('not-found', { ja: 'なし', en: 'not found' });
      return c.status === 'finalized' ? { ...c, status: requestState.get(id) ?? 'finalized' } : c;
    },
    addFinalizedCase() {
      seq++;
      const view: CaseView = {
        id: randomUUID(), status: 'finalized', caseNumber: `ENG-2026-${String(seq).padStart(4, '0')}`, submissionId: randomUUID(),
        input: completeCase(), createdAt: '2026-05-11T00:50:00.000Z', updatedAt: '2026-05-11T00:59:00.000Z',
        finalizedAt: '2026-05-11T00:59:00.000Z', finalizedBy: '窓口 太郎',
        finalizedUnder: { department: { code: 'engineering', name: '工学部' }, caseNumberPrefix: 'ENG' }, amendments: [], accountExpiry: '2026-04-01', deadline: '2026-09-28', daysLeft: 140, purgedAt: null,
      };
      cases.set(view.id, view);
      return view;
    },
  };
  return ctx;
}
