// The outbox (未送付) and the hand-off through the desk's mail form.
// Each key holds its Japanese (default) and English text side by side; placeholders are {name}.
import { STATE_WORDS, STATUS_LABELS } from '../status-labels';
import type { UiMessageTable } from './table';

export const outboxMessages = {
  'outbox.title': STATE_WORDS.notYetSent,
  'outbox.lead': {
    ja: '確定した案件が uteleconサポート窓口へ届くまでの状態です。メールフォームの案件はここから送付し、送信先URLの案件は自動で送信します(接続できない間は自動で再試行します)。',
    en: 'Where finalized cases stand until they reach the utelecon support desk. Mail-form cases are sent from here; endpoint cases are sent automatically (retried while the desk cannot be reached).',
  },
  'outbox.empty': { ja: '未送付の案件はありません。', en: 'Nothing is waiting to be sent.' },
  'outbox.send-all': { ja: '今すぐすべて送信', en: 'Send all now' },
  'outbox.send-all-mail-form': {
    ja: '送付先はメールフォームです。メールフォームの案件は自動では送られません。各案件の「メールフォームを開く」で送り、「送付済みにする」を押してください。',
    en: 'The delivery channel is the mail form, which nothing sends automatically. Open each case’s mail form, submit it, then press “Mark as handed over”.',
  },
  'outbox.retry': { ja: '今すぐ再送', en: 'Retry now' },
  'outbox.attempts': { ja: '送信試行 {count} 回', en: '{count} attempt(s)' },
  'outbox.next': { ja: '次の再試行: {time}', en: 'Next retry: {time}' },
  'outbox.receipt': { ja: '受付ID(送信先): {receipt}', en: 'Receipt ID (endpoint): {receipt}' },
  'outbox.last-error': { ja: '最後のエラー', en: 'Last error' },
  'outbox.next-step': { ja: '次にすること', en: 'What to do next' },
  'outbox.open-case': { ja: '案件を開く', en: 'Open case' },
  'handoff.channel.mail-form': { ja: 'メールフォーム', en: 'the mail form' },
  'handoff.channel.endpoint': { ja: '送信先URL', en: 'the endpoint' },
  'handoff.awaiting-lead': {
    ja: 'メールフォームでまだ送付していません。次にすること: 「メールフォームを開く」でサポート窓口のフォームを開き、内容を確かめて送信してから「送付済みにする」を押します。',
    en: 'Not yet sent through the mail form. Next: “Open the mail form”, check and submit it, then press “Mark as sent”.',
  },
  'handoff.open-form': { ja: 'メールフォームを開く', en: 'Open the mail form' },
  'handoff.copy-text': { ja: '文面をコピー', en: 'Copy the text' },
  'handoff.mark': STATE_WORDS.markSent,
  'handoff.opened': {
    ja: '{number}: メールフォームをブラウザで開きました。内容を確かめて送信し、終わったら「送付済みにする」を押してください。',
    en: '{number}: the mail form is open in the browser. Check and submit it, then press “Mark as handed over”.',
  },
  'handoff.opened-paste': {
    ja: '{number}: 申請の文面をコピーし、メールフォームをブラウザで開きました。フォームの本文欄に貼り付けて送信し、終わったら「送付済みにする」を押してください。',
    en: '{number}: the request text was copied and the mail form opened in the browser. Paste it into the form’s message field, submit, then press “Mark as handed over”.',
  },
  'handoff.copied': {
    ja: '{number}: 申請の文面をコピーしました。メールフォームに貼り付けてください。',
    en: '{number}: the request text was copied. Paste it into the mail form.',
  },
  'handoff.reference': STATE_WORDS.autoReplyNumber,
  'handoff.reference-hint': {
    ja: 'サポート窓口からの自動返信メールにある番号です(半角の英数字・「#」・「-」、32文字まで)。届いていなければ空欄のままで構いません。',
    en: 'The number in the desk’s auto-reply mail (ASCII letters, digits, "#" and "-", at most 32). Leave it empty if none arrived.',
  },
  'handoff.by-operator': { ja: '送付した担当者: {name}', en: 'Sent by: {name}' },
  'handoff.mark-confirm': STATE_WORDS.confirmMarkSent,
  'handoff.marked': { ja: '{number} を送付済みにしました。', en: '{number} marked as sent.' },
  'handoff.handed-over': { ja: `${STATE_WORDS.sent.ja}({channel}) — {by}、{time}`, en: `${STATE_WORDS.sent.en} ({channel}) — {by}, {time}` },
  'handoff.reference-value': { ja: `${STATE_WORDS.autoReplyNumber.ja}: {reference}`, en: `${STATE_WORDS.autoReplyNumber.en}: {reference}` },
  'handoff.undo': { ja: '取り消す', en: 'Undo' },
  'handoff.undo-reason': { ja: '取り消す理由', en: 'Reason for undoing' },
  'handoff.undo-reason-required': {
    ja: '取り消す理由を入力してください(例: 別の案件の送付済みを押してしまった)。',
    en: 'Enter why “sent” is undone (e.g. pressed on the wrong case).',
  },
  'handoff.undo-confirm': STATE_WORDS.undoSent,
  'handoff.undo-reason-too-long': { ja: '取り消す理由は1000文字以内で入力してください。', en: 'Keep the reason to 1000 characters.' },
  'handoff.undone': {
    ja: '{number} の送付済みを取り消しました。未送付(メールフォーム)に戻りました。',
    en: '“Sent” was undone for {number}. It is not yet sent (mail form) again.',
  },
  'handoff.undo-until': { ja: '{time} まで取り消せます。', en: 'Can be undone until {time}.' },
  'handoff.amendment': { ja: '{number} の訂正通知', en: 'Correction notice for {number}' },
  'handoff.amendment-after-request': {
    ja: '先に元の申請({number})を引き渡してから、この訂正通知を引き渡してください。',
    en: 'Hand over the original request ({number}) first, then this correction notice.',
  },
  'handoff.amendment-lead': {
    ja: '案件 {number} の訂正通知です。元の申請とは別に、同じ方法でサポート窓口へ送付します。',
    en: 'A correction notice for case {number}. It goes to the support desk separately, the same way as the request.',
  },
  'handoff.send-all-result': { ja: '{count}件送信しました。', en: '{count} sent.' },
  'handoff.send-all-failing': { ja: '{count}件はまだ失敗しています: {list}', en: '{count} still failing: {list}' },
  'handoff.send-all-not-sent': {
    ja: '{count}件は送信しませんでした(送信先URLが設定されていないか、アプリを終了するところです)。設定の「送付先」を確かめてください。',
    en: '{count} not sent (no endpoint configured, or the app is closing). Check Settings → Delivery.',
  },
  'handoff.delivered-at': { ja: `${STATUS_LABELS.delivered.ja} — {time}`, en: `${STATUS_LABELS.delivered.en} — {time}` },
  'handoff.cancel': { ja: 'やめる', en: 'Cancel' },
  'handoff.retried': { ja: '{number}: 再送しました。いまの状態: {state}', en: '{number}: retried. Now: {state}' },
} as const satisfies UiMessageTable;
