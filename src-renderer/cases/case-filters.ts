// The case list's filters, each a set of statuses.
import type { CaseStatus } from '../../src-shared/core-api';
import type { UiKey } from '../../src-shared/messages/ui';

export const caseFilters = ['all', 'drafts', 'ready', 'outbox', 'delivered'] as const;
export type CaseFilter = (typeof caseFilters)[number];

export const filterStatuses: Record<CaseFilter, readonly CaseStatus[]> = {
  all: ['draft', 'finalized', 'queued', 'sending', 'needs-attention', 'delivered'],
  drafts: ['draft'],
  ready: ['finalized'],
  outbox: ['queued', 'sending', 'needs-attention'],
  delivered: ['delivered'],
};

export const filterLabel: Record<CaseFilter, UiKey> = {
  all: 'cases.filter.all',
  drafts: 'cases.filter.drafts',
  ready: 'cases.filter.ready',
  outbox: 'cases.filter.outbox',
  delivered: 'cases.filter.delivered',
};
