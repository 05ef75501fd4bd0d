// The restore's one-time token: a random value the restore puts into the keychain (with the new
// store's id) and whose SHA-256 its checkpoint records. The first open of the restored data finds
// it there and may then accept the replaced store's anchor (anchor-problem.ts); once that open has
// anchored the new store, the token is deleted (any later open deletes a token left over). A copy of the restore's checkpoint put back later
// finds no token, so an anchor of the replaced store (even one the app itself wrote by opening
// that folder again) is a break. The value never appears in the database, only its digest.
import { randomBytes } from 'node:crypto';
import type { SecretStore } from '../core-types';
import { keychainUnavailable } from '../secrets/keychain-error';
import { sha256Hex } from './hash';

export const RESTORE_TOKEN_SECRET = 'audit-restore-token';

/** Creates the token for the restored store; returns its digest for the checkpoint. */
export async function issueRestoreToken(secrets: SecretStore, store: string): Promise<string> {
  const token = randomBytes(32).toString('hex');
  try {
    await secrets.set(RESTORE_TOKEN_SECRET, JSON.stringify({ store, token }));
  } catch (e) {
    throw keychainUnavailable(e);
  }
  return sha256Hex(token);
}

/** Whether the keychain holds the token of this store whose digest the checkpoint recorded. */
export async function restoreTokenHeld(secrets: SecretStore, store: string, digest: string | undefined): Promise<boolean> {
  if (digest === undefined) return false;
  const raw = await secrets.get(RESTORE_TOKEN_SECRET).catch(() => null);
  if (raw === null) return false;
  try {
    const held = JSON.parse(raw) as { store?: unknown; token?: unknown };
    return held.store === store && typeof held.token === 'string' && sha256Hex(held.token) === digest;
  } catch {
    return false;
  }
}

/** Used up by the first open, once the keychain anchor names the restored store. */
export async function consumeRestoreToken(secrets: SecretStore): Promise<void> {
  await secrets.delete(RESTORE_TOKEN_SECRET).catch(() => undefined); // tried again at the next open (dropStaleRestoreToken)
}

/**
 * At every open that is not the first open of a fresh restore of this store: a token still in the
 * keychain is of no use any more (its delete failed at an earlier open, or its restore was
 * abandoned) and goes.
 */
export async function dropStaleRestoreToken(secrets: SecretStore): Promise<void> {
  if ((await secrets.get(RESTORE_TOKEN_SECRET).catch(() => null)) !== null) await consumeRestoreToken(secrets);
}
