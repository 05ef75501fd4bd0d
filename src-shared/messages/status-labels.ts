// The one table of status names: case statuses and outbox states read the same on
// screen (badges, outbox, review), in the ledger CSV and anywhere else, in ja and en.
import type { Bilingual, OutboxState } from '../core-api';
import type { CaseStatus } from '../domain/evaluate';

export const STATUS_LABELS = {
  draft: { ja: '下書き', en: 'Draft' },
  finalized: { ja: '確定済み', en: 'Finalized' },
  'awaiting-hand-off': { ja: '引き渡し待ち', en: 'Awaiting hand-off' },
  'handed-over': { ja: '引き渡し済み', en: 'Handed over' },
  queued: { ja: '送信待ち', en: 'Waiting to send' },
  sending: { ja: '送信中', en: 'Sending' },
  delivered: { ja: '送付済み', en: 'Delivered' },
  'needs-attention': { ja: '要対応', en: 'Needs attention' },
  discarded: { ja: '破棄', en: 'Discarded' },
  'closed-not-verified': { ja: '本人確認できず', en: 'Not verified' },
} as const satisfies Record<CaseStatus | OutboxState, Bilingual>;

export function statusLabel(status: CaseStatus | OutboxState, language: keyof Bilingual): string {
  return STATUS_LABELS[status][language];
}

/** Case statuses that never name an outbox item. */
const CASE_ONLY: readonly string[] = ['draft', 'finalized', 'discarded', 'closed-not-verified'];

type Keyed<P extends string, K extends string> = { readonly [S in K as `${P}${S}`]: string };

/** `status.<case status>` and `outbox.state.<outbox state>` UI keys, built from the table above. */
export function statusUiMessages(language: keyof Bilingual): Keyed<'status.', CaseStatus> & Keyed<'outbox.state.', OutboxState> {
  const out: Record<string, string> = {};
  for (const [status, label] of Object.entries(STATUS_LABELS)) {
    out[`status.${status}`] = label[language];
    if (!CASE_ONLY.includes(status)) out[`outbox.state.${status}`] = label[language];
  }
  return out as Keyed<'status.', CaseStatus> & Keyed<'outbox.state.', OutboxState>;
}
