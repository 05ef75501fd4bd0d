// What staff read in the outbox when a submission is not (yet) delivered: what happened and what
// to do next, in plain ja/en. Never any personal data: these texts are fixed apart from numbers.
import type { OutboxItem } from '../../../src-shared/core-api';

export type DeliveryError = NonNullable<OutboxItem['lastError']>;

const AUTO = {
  ja: '対応は不要です。自動で再送します(「今すぐ再送」も使えます)。長く続く場合はネットワークと送信先URLを確認してください。',
  en: 'Nothing to do: it is resent automatically ("Retry now" also works). If this lasts, check the network and the endpoint URL.',
};

const e = (code: string, ja: string, en: string, nextStep: { ja: string; en: string }): DeliveryError => ({ code, message: { ja, en }, nextStep });

/** The last error of an item whose case retention erased before it left. */
export const ERASED_CODE = 'erased';

export const CORRECTION_REFUSALS = ['unknown-submission', 'other-department', 'stale-old-value'] as const;
export type CorrectionRefusal = (typeof CORRECTION_REFUSALS)[number];

const NOT_RESENT = '自動では再送しません。';
const CORRECTION_REFUSED: Record<CorrectionRefusal, (status: number) => [string, string, { ja: string; en: string }]> = {
  'unknown-submission': (status) => [`サポート窓口は、この訂正通知が訂正する申請をまだ受け取っていません(HTTP ${status})。`,
    `The support desk has not received the request this correction notice corrects (HTTP ${status}).`,
    { ja: `${NOT_RESENT}元の申請が届いた(送付済み)ことを確かめてから「今すぐ再送」を押してください。`, en: 'It is not resent automatically. Make sure the original request was delivered, then press "Retry now".' }],
  'other-department': (status) => [`訂正通知の部局が、元の申請の部局と違います(HTTP ${status})。`,
    `The correction notice's department differs from the original request's (HTTP ${status}).`,
    { ja: `${NOT_RESENT}案件番号を添えてサポート窓口に連絡してください。`, en: 'It is not resent automatically. Contact the support desk, quoting the case number.' }],
  'stale-old-value': (status) => [`訂正通知の「訂正前」の値が、サポート窓口にある申請の今の値と違います(HTTP ${status})。`,
    `The notice's old value is not the request's current value at the support desk (HTTP ${status}).`,
    { ja: `${NOT_RESENT}先に送るべき訂正通知が未送付のまま残っていないか確かめ、それを送ってから「今すぐ再送」を押してください。`, en: 'It is not resent automatically. Check for an earlier correction notice still waiting, send it first, then press "Retry now".' }],
};

export const deliveryErrors = {
  noEndpoint: () => e('no-endpoint', '送信先が設定されていないため、未送付のままです。', 'No endpoint is configured, so the request stays queued.', {
    ja: '設定で送信先URLを登録すると自動で送信します。急ぐ場合は「メールフォーム用テキスト」をコピーし、サポート窓口のメールフォームに貼り付けてください。',
    en: 'Set the endpoint URL in Settings and it is sent automatically. If it is urgent, copy the "mail-form text" and paste it into the support desk\u2019s mail form.',
  }),
  endpointInvalid: (reason: 'invalid' | 'insecure') => e('endpoint-invalid',
    reason === 'insecure' ? '送信先URLが https ではありません(http はこのPC内のテスト用デスクにだけ使えます)。' : '送信先URLの形式が正しくありません。',
    reason === 'insecure' ? 'The endpoint URL is not https (http is allowed only for a test desk on this PC).' : 'The endpoint URL is not a valid address.', {
      ja: '設定で送信先URL(https://…)を直してください。直すと自動で送信します。',
      en: 'Correct the endpoint URL (https://…) in Settings; the request is then sent automatically.',
    }),
  endpointUnconfirmed: (host: string) => e('endpoint-unconfirmed',
    `送付先 ${host} はまだ確認されていないため、未送付のままです。`, `The endpoint ${host} has not been confirmed yet, so the request stays queued.`, {
      ja: '設定の「送付先」で保存し直し、表示される送付先の名前を確かめて確認してください。確認すると自動で送信します。',
      en: 'Save the delivery settings again and confirm the destination named there; the request is then sent automatically.',
    }),
  network: () => e('network', 'サポート窓口のサーバーに接続できませんでした。', 'Could not connect to the support desk\u2019s server.', AUTO),
  timeout: (seconds: number) => e('timeout', `サポート窓口のサーバーが${seconds}秒以内に応答しませんでした。`, `The support desk\u2019s server did not answer within ${seconds} seconds.`, AUTO),
  inFlight: () => e('in-flight', '同じ申請をサーバーがまだ処理中でした。', 'The server was still processing the same request.', AUTO),
  busy: (status: number) => e('busy', `サーバーが混み合っているか停止中です(HTTP ${status})。指定された時間の後に再送します。`, `The server is busy or down for maintenance (HTTP ${status}); resending after the time it asked for.`, AUTO),
  serverError: (status: number) => e('server-error', `サーバーでエラーが起きました(HTTP ${status})。`, `The server had an error (HTTP ${status}).`, AUTO),
  badReceipt: (status: number) => e('bad-receipt', `サーバーの応答に受付IDがありませんでした(HTTP ${status})。`, `The server\u2019s answer had no receipt (HTTP ${status}).`, AUTO),
  unknownKey: () => e('unknown-key', 'サポート窓口がこの部局の署名鍵を知らないか、署名を確認できませんでした(HTTP 401)。', 'The support desk does not know this department\u2019s key, or could not verify the signature (HTTP 401).', {
    ja: '設定の「公開鍵を書き出す」で公開鍵ファイルを保存してサポート窓口に登録を依頼し、登録後に「今すぐ再送」を押してください。',
    en: 'Export the public key in Settings ("Export public key"), ask the support desk to register it, then press "Retry now".',
  }),
  keyReused: () => e('key-reused', 'この申請IDは、サポート窓口で別の内容として受け付け済みです(HTTP 422)。', 'The support desk already holds a different request under this submission id (HTTP 422).', {
    ja: '自動では再送しません。案件番号を添えてサポート窓口に問い合わせてください。',
    en: 'It is not resent automatically. Contact the support desk and quote the case number.',
  }),
  malformed: (status: number) => e('rejected', `サポート窓口が申請の形式を受け付けませんでした(HTTP ${status})。`, `The support desk refused the request\u2019s format (HTTP ${status}).`, {
    ja: '自動では再送しません。アプリの版を確認し、案件番号を添えて管理者またはサポート窓口に連絡してください。',
    en: 'It is not resent automatically. Check the app version and contact the administrator or the support desk, quoting the case number.',
  }),
  tooLarge: () => e('too-large', '申請が大きすぎるため、サポート窓口が受け付けませんでした(HTTP 413)。', 'The request is too large for the support desk (HTTP 413).', {
    ja: '自動では再送しません。「メールフォーム用テキスト」で送るか、案件番号を添えてサポート窓口に連絡してください。',
    en: 'It is not resent automatically. Send it with the "mail-form text" or contact the support desk, quoting the case number.',
  }),
  /** The desk refused a correction notice it cannot apply (unknown-submission, other-department, stale-old-value). */
  correctionRefused: (why: CorrectionRefusal, status: number) => e(`correction-${why}`, ...CORRECTION_REFUSED[why](status)),
  refused: (status: number) => e('refused', `サポート窓口のサーバーが申請を受け付けませんでした(HTTP ${status})。`, `The support desk\u2019s server refused the request (HTTP ${status}).`, {
    ja: '送信先URLが正しいか設定で確認し、直したら「今すぐ再送」を押してください。',
    en: 'Check the endpoint URL in Settings; once corrected, press "Retry now".',
  }),
  /** Retention erased the case before it left: nothing is left to send, and nothing is sent. */
  erased: () => e(ERASED_CODE, '保存期間が過ぎて個人情報を消去したため、この申請は送付されません。', 'The retention period ended and the personal data was erased, so this request will not be sent.', {
    ja: '再送も送付の記録もできません。申請がまだ必要なら、申請者に改めて申請してもらい、新しい案件として受け付けてください。',
    en: 'It cannot be resent or recorded as handed over. If the request is still needed, ask the applicant to apply again and take it as a new case.',
  }),
  /** Never signed (made by a migration before the key was at hand, and signing failed): nothing to send. */
  unsigned: () => e('unsigned', 'この申請はまだ署名されていないため、送信しませんでした。', 'This request has not been signed yet, so it was not sent.', {
    ja: 'アプリを再起動してください。直らない場合は案件番号を添えて管理者に連絡してください。',
    en: 'Restart the app; if that does not help, contact the administrator, quoting the case number.',
  }),
} as const;
