// The 32-byte database key lives only in the OS keychain. It is generated on the first open of a
// new data directory; an existing database whose key is missing is never replaced by a new one.
import { randomBytes } from 'node:crypto';
import type { SecretStore } from '../core-types';
import { CoreError } from '../errors';
import { keychainUnavailable } from '../secrets/keychain-error';

export const DATABASE_KEY_NAME = 'database-key';
const HEX_KEY = /^[0-9a-f]{64}$/;

async function read(secrets: SecretStore): Promise<string | null> {
  try {
    return await secrets.get(DATABASE_KEY_NAME);
  } catch (e) {
    throw e instanceof CoreError ? e : keychainUnavailable(e);
  }
}

export function keyMissing(): CoreError {
  return new CoreError('database-unreadable', {
    ja: 'データベースはありますが、その鍵が OS のキーチェーンに見つかりません。データは削除していません。別のユーザーでログインしていないか確認するか、バックアップから復元してください。',
    en: 'The database exists but its key is not in the OS keychain. Nothing was deleted. Check that you are signed in as the same user, or restore from a backup.',
  });
}

/** The hex key for an existing database (`exists`) or a new one, creating it if needed. */
export async function databaseKey(secrets: SecretStore, exists: boolean): Promise<string> {
  const stored = await read(secrets);
  if (stored !== null) {
    if (!HEX_KEY.test(stored)) throw keyMissing();
    return stored;
  }
  if (exists) throw keyMissing();
  const fresh = randomBytes(32).toString('hex');
  try {
    await secrets.set(DATABASE_KEY_NAME, fresh);
  } catch (e) {
    throw e instanceof CoreError ? e : keychainUnavailable(e);
  }
  // Read it back: a keychain that silently drops writes would otherwise lose the data on restart.
  if ((await read(secrets)) !== fresh) throw keychainUnavailable(new Error('key not persisted'));
  return fresh;
}
