// Digests used by the audit trail. Personal values are digested only with a per-case key
// (case-keys.ts) that retention destroys, so a purged value cannot be confirmed by anyone later,
// whatever keys they hold. The chain itself is keyed with the keychain-only audit key.
import { createHash, createHmac } from 'node:crypto';

export { canonicalJson } from '../records/canonical-json';

export function hmacHex(key: string, value: string): string {
  return createHmac('sha256', Buffer.from(key, 'hex')).update(value, 'utf8').digest('hex');
}

/** Keyed digest of a personal value (also used for the account index of live cases). */
export const personalHash = hmacHex;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
