// What anchors the audit trail outside the database: the chain key and the latest (seq, head)
// live only in the OS keychain. Someone holding the data folder (even with the database key) can
// neither recompute a keyed chain nor hide that rows beyond the anchor were cut away.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { SecretStore } from '../core-types';
import { CoreError } from '../errors';
import { keychainUnavailable } from '../secrets/keychain-error';

export const AUDIT_KEY_SECRET = 'audit-key';
export const AUDIT_ANCHOR_SECRET = 'audit-anchor';
const HEX_KEY = /^[0-9a-f]{64}$/;

const anchorSchema = z.object({
  store: z.string().min(1),
  seq: z.number().int().min(0),
  hash: z.string(),
  /** The store had a verified checkpoint (checkpoint.ts) before this anchor was written. */
  checkpointed: z.boolean().optional(),
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
  const raw = await guarded(() => secrets.get(AUDIT_ANCHOR_SECRET));
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

export async function writeAnchor(secrets: SecretStore, anchor: AuditAnchor): Promise<void> {
  await guarded(() => secrets.set(AUDIT_ANCHOR_SECRET, JSON.stringify(anchor)));
}
