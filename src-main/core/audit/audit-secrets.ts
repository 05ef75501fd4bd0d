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

const anchorSchema = z.object({ store: z.string().min(1), seq: z.number().int().min(0), hash: z.string() });
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

export async function readAnchor(secrets: SecretStore): Promise<AuditAnchor | null> {
  const raw = await guarded(() => secrets.get(AUDIT_ANCHOR_SECRET));
  if (raw === null) return null;
  try {
    const parsed = anchorSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function writeAnchor(secrets: SecretStore, anchor: AuditAnchor): Promise<void> {
  await guarded(() => secrets.set(AUDIT_ANCHOR_SECRET, JSON.stringify(anchor)));
}
