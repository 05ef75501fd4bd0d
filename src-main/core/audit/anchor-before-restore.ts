// The keychain anchor as it was when a restore began, put back when the restore is rolled back.
// Proving that the restored data opens (open and close a core on it) anchors the restored store:
// rolled back after that (a journal that cannot say "done", a crash before the swap settled, a
// step of the open failing after the trail's check), the current data would find the restored
// store's anchor and record that it was replaced. The copy is taken after the current data was
// closed (its last anchor written) and before any folder moves, and kept in the restore's journal
// until the swap is settled.
//
// The journal sits beside the data folders, where whoever holds them can write. What it can make
// the app write into the keychain is therefore limited to what was there, or could have been: no
// anchor, or an anchor signed under this PC's chain key, which only the app itself ever wrote. Such
// an anchor put back over the current data's is at worst an older one or another store's: a
// recorded break at the next open, as writing the keychain directly gives anyone who can.
import type { SecretStore } from '../core-types';
import { keychainUnavailable } from '../secrets/keychain-error';
import { AUDIT_ANCHOR_SECRET, AUDIT_KEY_SECRET, anchorSignature, parseAnchor } from './audit-secrets';

/** The keychain's anchor now (null: none): taken before a restore moves anything. */
export async function anchorBeforeRestore(secrets: SecretStore): Promise<string | null> {
  try {
    return await secrets.get(AUDIT_ANCHOR_SECRET);
  } catch (e) {
    throw keychainUnavailable(e);
  }
}

/** Only no anchor, or one signed under this PC's chain key, is ever put back. */
async function mayPutBack(secrets: SecretStore, kept: string | null): Promise<boolean> {
  if (kept === null) return true;
  const state = parseAnchor(kept);
  const chainKey = await secrets.get(AUDIT_KEY_SECRET);
  return state.state === 'valid' && chainKey !== null && anchorSignature(chainKey, state.anchor) === 'signed';
}

/**
 * Puts `kept` back unless the keychain still holds exactly it; throws when the keychain cannot
 * answer (the journal is kept, and the next start tries again before anything opens).
 */
export async function putBackAnchor(secrets: SecretStore, kept: string | null): Promise<void> {
  try {
    if ((await secrets.get(AUDIT_ANCHOR_SECRET)) === kept || !(await mayPutBack(secrets, kept))) return;
    if (kept === null) await secrets.delete(AUDIT_ANCHOR_SECRET);
    else await secrets.set(AUDIT_ANCHOR_SECRET, kept);
  } catch (e) {
    throw keychainUnavailable(e);
  }
}
