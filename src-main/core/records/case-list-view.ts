// What the printed case list shows: the staff's filtered list, row by row, in the
// words of the case list screen (src-shared/messages/ui.ts), so paper and screen agree.
import type { CaseListFilter, CaseStatus, CaseSummary, Language } from '../../../src-shared/core-api';
import { containsMyNumber, isUrgent, tokyoMinute } from '../../../src-shared/domain';
import { STATUS_LABELS } from '../../../src-shared/messages/status-labels';
import { formatUi } from '../../../src-shared/messages/ui';
import { formatDate } from './format';

export interface CaseListRow {
  readonly caseNumber: string;
  readonly name: string;
  readonly status: string;
  readonly deadline: string;
  readonly daysLeft: string;
  readonly urgent: boolean;
  readonly updated: string;
}

export interface CaseListView {
  readonly language: Language;
  /** Which statuses were shown ('' = all) and the search text ('' = none). */
  readonly statuses: string;
  readonly query: string;
  readonly generatedAt: string;
  readonly rows: readonly CaseListRow[];
}

export function statusLabel(status: CaseStatus, lang: Language): string {
  return STATUS_LABELS[status][lang];
}

function daysLeftText(c: CaseSummary, lang: Language): string {
  if (c.daysLeft === null) return '';
  return c.daysLeft < 0 ? formatUi(lang, 'common.days-over', { days: -c.daysLeft }) : formatUi(lang, 'common.days-left', { days: c.daysLeft });
}

/**
 * A case whose personal data was erased is marked so, as on the screen. A draft's name is whatever
 * was typed so far. The domain refuses a My Number in it, but the paper must never print one even
 * if something let it through: its digits become 〓 (like a missing glyph).
 */
function printableName(c: CaseSummary, lang: Language): string {
  if (c.purgedAt !== null) return formatUi(lang, 'cases.erased');
  const name = c.name.trim() || formatUi(lang, 'cases.no-name');
  return containsMyNumber(name) ? name.replace(/[0-9\uFF10-\uFF19]/g, '\u3013') : name;
}

export function caseListView(cases: readonly CaseSummary[], filter: CaseListFilter, lang: Language, now: Date): CaseListView {
  const statuses = filter.status === undefined ? [] : typeof filter.status === 'string' ? [filter.status] : [...filter.status];
  return {
    language: lang,
    statuses: statuses.map((s) => statusLabel(s, lang)).join(lang === 'ja' ? '・' : ', '),
    query: filter.query?.trim() ?? '',
    generatedAt: now.toISOString(),
    rows: cases.map((c) => ({
      caseNumber: c.caseNumber ?? formatUi(lang, 'cases.no-number'),
      name: printableName(c, lang),
      status: statusLabel(c.status, lang),
      deadline: c.deadline ? formatDate(c.deadline, lang) : '—',
      daysLeft: daysLeftText(c, lang),
      urgent: isUrgent(c),
      updated: tokyoMinute(new Date(c.updatedAt)),
    })),
  };
}
