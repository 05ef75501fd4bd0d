// One valid and one malformed payload per channel, plus the core method a valid one must reach.
// Typed as a Record over Channel, so adding a channel to the contract fails typecheck here until
// the IPC tests know about it.
import type { Channel, RequestOf } from '../../../src-shared/ipc-contract';

const operator = '窓口 太郎';

export const validRequests: { readonly [C in Channel]: RequestOf<C> } = {
  'settings:get': {},
  'settings:update': { patch: { language: 'en' }, operator },
  'cases:create': { input: { applicant: { name: '東大 花子' } }, operator },
  'cases:update': { id: 'case-1', patch: { request: { reason: '研究データが必要なため' } }, operator },
  'cases:get': { id: 'case-1' },
  'cases:list': { status: ['draft', 'finalized'], query: 'SD-' },
  'cases:evaluate': { id: 'case-1' },
  'cases:finalize': { id: 'case-1', operator },
  'cases:discard': { id: 'case-1', operator },
  'cases:amend': { id: 'case-1', field: 'applicant.contactEmail', value: 'new@example.com', reason: '申請者の申し出', by: operator },
  'outbox:enqueue': { caseId: 'case-1', operator },
  'outbox:flush': {},
  'outbox:list': {},
  'outbox:retry': { id: 'sub-1', operator },
  'outbox:mail-form-text': { id: 'sub-1' },
  'records:print': { caseId: 'case-1', operator },
  'records:save-pdf': { caseId: 'case-1', operator },
  'keys:public-jwk': {},
  'keys:export-public': { operator },
  'backup:export': { passphrase: 'correct horse battery', operator },
  'backup:restore': { passphrase: 'correct horse battery', operator },
  'ledger:export': { operator },
  'connection:test': { url: 'http://127.0.0.1:9/desk' },
  'audit:verify': {},
  'retention:preview': {},
  'retention:purge': { operator },
  'keys:rotate': { reason: '担当者の異動', operator },
};

/** Payloads every schema must refuse (wrong type, missing field, or over a limit). */
export const malformedRequests: { readonly [C in Channel]: unknown } = {
  'settings:get': 'not an object',
  'settings:update': { patch: { retentionDays: 1 }, operator },
  'cases:create': { input: { applicant: { name: 42 } }, operator },
  'cases:update': { id: '', patch: {}, operator },
  'cases:get': { id: 7 },
  'cases:list': { status: 'lost' },
  'cases:evaluate': {},
  'cases:finalize': { id: 'case-1' },
  'cases:discard': { id: 'case-1', operator: '' },
  'cases:amend': { id: 'case-1', field: 'x', value: 1, reason: '', by: operator },
  'outbox:enqueue': { caseId: 'x'.repeat(101), operator },
  'outbox:flush': null,
  'outbox:list': [],
  'outbox:retry': { operator },
  'outbox:mail-form-text': { id: null },
  'records:print': { operator },
  'records:save-pdf': { caseId: 'case-1' },
  'keys:public-jwk': 5,
  'keys:export-public': {},
  'backup:export': { passphrase: 'short', operator },
  'backup:restore': { passphrase: '', operator },
  'ledger:export': { operator: 3 },
  'connection:test': { url: '' },
  'audit:verify': 'now',
  'retention:preview': [],
  'retention:purge': {},
  'keys:rotate': { reason: '', operator },
};
