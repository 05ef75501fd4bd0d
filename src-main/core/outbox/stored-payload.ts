// An item's signed payload, decoded from its stored JWS — never rebuilt from the case, so the
// mail-form text matches the signed bytes and cannot change after a hand-off.
import { amendmentPayloadSchema, payloadSchema, type SalvageAmendmentPayload, type SalvagePayload } from '../../../src-shared/protocol';
import { CoreError } from '../errors';
import type { OutboxRow } from './outbox-rows';

export type StoredPayload =
  | { readonly kind: 'request'; readonly payload: SalvagePayload }
  | { readonly kind: 'amendment'; readonly payload: SalvageAmendmentPayload };

const purged = (): CoreError => new CoreError('invalid-state', {
  ja: 'この申請の個人データは保存期間を過ぎたため削除済みです。案件番号とハッシュだけが残っています。',
  en: 'This request\u2019s personal data was purged after the retention period; only the case number and hash remain.',
});

function decode(jws: string): unknown {
  return JSON.parse(Buffer.from(jws.split('.')[1] ?? '', 'base64url').toString('utf8'));
}

const unsigned = (): CoreError => new CoreError('invalid-state', {
  ja: 'この申請はまだ署名されていません。アプリを再起動してください。直らない場合は管理者に連絡してください。',
  en: 'This request has not been signed yet. Restart the app; if that does not help, contact the administrator.',
});

export function storedPayload(row: Pick<OutboxRow, 'kind' | 'jws' | 'kid'>): StoredPayload {
  if (row.jws === '' && row.kid === '') throw unsigned();
  if (row.jws === '') throw purged();
  return row.kind === 'request'
    ? { kind: 'request', payload: payloadSchema.parse(decode(row.jws)) }
    : { kind: 'amendment', payload: amendmentPayloadSchema.parse(decode(row.jws)) };
}

export function requestPayload(row: Pick<OutboxRow, 'kind' | 'jws' | 'kid'>): SalvagePayload {
  const stored = storedPayload(row);
  if (stored.kind !== 'request') throw new Error('not a request');
  return stored.payload;
}
