// The one table of state words, in ja and en: case statuses and outbox states read the same on
// screen (header, menu, badges, filters, outbox, review), on the record and in the ledger CSV.
// Two group words carry the rest: 未送付 (has not left the counter yet) and 送付済み (gone to the
// desk), so every state word below is one of those two with a detail, never a synonym.
import type { Bilingual, OutboxState } from '../core-api';
import type { CaseStatus } from '../domain/evaluate';

/** The words every screen shares: the two groups, the one "done" action, the desk's own numbers and the video method. */
export const STATE_WORDS = {
  notYetSent: { ja: '未送付', en: 'Not yet sent' },
  sent: { ja: '送付済み', en: 'Sent' },
  markSent: { ja: '送付済みにする', en: 'Mark as sent' },
  confirmMarkSent: { ja: 'はい、送付済みにする', en: 'Yes, mark as sent' },
  undoSent: { ja: '送付済みを取り消す', en: 'Undo “sent”' },
  /** The number in the desk's form auto-reply: never the case number (案件番号). */
  autoReplyNumber: { ja: '受付番号(フォーム自動返信)', en: 'Reference (form auto-reply)' },
} as const satisfies Record<string, Bilingual>;

export const STATUS_LABELS = {
  draft: { ja: '下書き', en: 'Draft' },
  finalized: { ja: '確定済み', en: 'Finalized' },
  'awaiting-hand-off': { ja: '未送付(メールフォーム)', en: 'Not yet sent (mail form)' },
  queued: { ja: '未送付(自動送信)', en: 'Not yet sent (automatic)' },
  sending: { ja: '送付中', en: 'Sending' },
  'needs-attention': { ja: '未送付(要対応)', en: 'Not yet sent (needs attention)' },
  'handed-over': { ja: '送付済み(メールフォーム)', en: 'Sent (mail form)' },
  delivered: { ja: '送付済み(自動送信)', en: 'Sent (automatic)' },
  discarded: { ja: '破棄', en: 'Discarded' },
  'closed-not-verified': { ja: '本人確認できず', en: 'Not verified' },
} as const satisfies Record<CaseStatus | OutboxState, Bilingual>;

/** How the identity was checked: the same words on screen, on the record and in the ledger. */
export const METHOD_LABELS = {
  'in-person': { ja: '対面', en: 'In person' },
  video: { ja: 'ビデオ通話', en: 'Video call' },
} as const satisfies Record<'in-person' | 'video', Bilingual>;

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
