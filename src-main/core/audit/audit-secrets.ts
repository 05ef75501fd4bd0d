// What anchors the audit trail outside the database: the chain key and the latest (seq, head)
// live only in the OS keychain. Someone holding the data folder (even with the database key) can
// neither recompute a keyed chain nor hide that rows beyond the anchor were cut away.
// The anchor carries an HMAC under a key derived from the chain key: its store, seq and hash can
// all be read from the database, so without the MAC anyone able to write the keychain could
// hand-write an anchor for a trail they cut. Anchors written before the MAC existed have none;
// they are accepted only in the open that upgrades a database from an earlier schema, whose older
// trail is then recorded as unverified (format-marker.ts); anywhere else an unsigned anchor is a break.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { SecretStore } from '../core-types';
import { CoreError } from '../errors';
import { keychainUnavailable } from '../secrets/keychain-error';
import { canonicalJson, hmacHex } from './hash';

export const AUDIT_KEY_SECRET = 'audit-key';
export const AUDIT_ANCHOR_SECRET = 'audit-anchor';
const HEX_KEY = /^[0-9a-f]{64}$/;

const anchorSchema = z.object({
  store: z.string().min(1),
  seq: z.number().int().min(0),
  hash: z.string(),
  /**
   * The store had a verified checkpoint (checkpoint.ts) before this anchor was written. Outside the
   * MAC: it matters only for unsigned anchors of older versions; a signed anchor implies it.
   */
  checkpointed: z.boolean().optional(),
  /** HMAC over store, seq and hash (absent: written by a version before signed anchors). */
  mac: z.string().optional(),
});
/** The newest entry known to the keychain, for one store (the database of one data folder). */
export type AuditAnchor = z.infer<typeof anchorSchema>;

async function guarded<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw e instanceof CoreError ? e : keychainUnavailable(e);
  }
}

/** The chain key (32 random bytes, hex), created on first use. */
export async function auditKey(secrets: SecretStore): Promise<string> {
  return guarded(async () => {
    const stored = await secrets.get(AUDIT_KEY_SECRET);
    if (stored !== null && HEX_KEY.test(stored)) return stored;
    const fresh = randomBytes(32).toString('hex');
    await secrets.set(AUDIT_KEY_SECRET, fresh);
    if ((await secrets.get(AUDIT_KEY_SECRET)) !== fresh) throw keychainUnavailable(new Error('audit key not persisted'));
    return fresh;
  });
}

/** What the keychain holds: nothing, something that is not an anchor, or an anchor. */
export type AnchorState =
  | { readonly state: 'missing' }
  | { readonly state: 'garbled' }
  | { readonly state: 'valid'; readonly anchor: AuditAnchor };

export async function readAnchorState(secrets: SecretStore): Promise<AnchorState> {
  return parseAnchor(await guarded(() => secrets.get(AUDIT_ANCHOR_SECRET)));
}

/** What a keychain value (null: none) says. */
export function parseAnchor(raw: string | null): AnchorState {
  if (raw === null) return { state: 'missing' };
  try {
    const parsed = anchorSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { state: 'valid', anchor: parsed.data } : { state: 'garbled' };
  } catch {
    return { state: 'garbled' };
  }
}

/** The anchor, or null when there is none or it cannot be read. */
export async function readAnchor(secrets: SecretStore): Promise<AuditAnchor | null> {
  const s = await readAnchorState(secrets);
  return s.state === 'valid' ? s.anchor : null;
}

function anchorMac(chainKey: string, a: Pick<AuditAnchor, 'store' | 'seq' | 'hash'>): string {
  const key = hmacHex(chainKey, canonicalJson(['salvage-desk audit anchor', 1]));
  return hmacHex(key, canonicalJson([a.store, a.seq, a.hash]));
}

/** Whether the anchor was signed under this chain key: 'unsigned' only for anchors of older versions. */
export function anchorSignature(chainKey: string, a: AuditAnchor): 'signed' | 'unsigned' | 'bad' {
  if (a.mac === undefined) return 'unsigned';
  return a.mac === anchorMac(chainKey, a) ? 'signed' : 'bad';
}

/** Writes the anchor, signed under the chain key. */
export async function writeAnchor(secrets: SecretStore, chainKey: string, anchor: Omit<AuditAnchor, 'mac'>): Promise<void> {
  const signed: AuditAnchor = { ...anchor, mac: anchorMac(chainKey, anchor) };
  await guarded(() => secrets.set(AUDIT_ANCHOR_SECRET, JSON.stringify(signed)));
}
