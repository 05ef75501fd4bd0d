// The case list's filters, each a set of statuses.
import type { CaseStatus } from '../../src-shared/core-api';
import type { UiKey } from '../../src-shared/messages/ui';

export const caseFilters = ['all', 'drafts', 'ready', 'outbox', 'delivered'] as const;
export type CaseFilter = (typeof caseFilters)[number];

export const filterStatuses: Record<CaseFilter, readonly CaseStatus[]> = {
  all: ['draft', 'finalized', 'awaiting-hand-off', 'queued', 'sending', 'needs-attention', 'handed-over', 'delivered', 'closed-not-verified'],
  drafts: ['draft'],
  // Finalized and not yet gone anywhere (the item made at 確定 awaits its hand-off or first attempt).
  ready: ['finalized', 'awaiting-hand-off', 'queued'],
  // Everything that still has to leave the counter, whichever the channel.
  outbox: ['awaiting-hand-off', 'queued', 'sending', 'needs-attention'],
  // Gone to the desk: handed over through the mail form or delivered to the endpoint.
  delivered: ['handed-over', 'delivered'],
};

export const filterLabel: Record<CaseFilter, UiKey> = {
  all: 'cases.filter.all',
  drafts: 'cases.filter.drafts',
  ready: 'cases.filter.ready',
  outbox: 'cases.filter.outbox',
  delivered: 'cases.filter.delivered',
};
