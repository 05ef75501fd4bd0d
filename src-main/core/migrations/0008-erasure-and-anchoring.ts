// 0008: erasure that erases, and an audit chain anchored outside the database.
// - case_keys: one random key per case for the personal digests of the audit trail; retention
//   deletes it (crypto-shredding), so digests of purged values can no longer be confirmed.
// - audit.keyed: rows from now on are linked with HMAC under the keychain-only audit key.
// - meta 'store-id': names this database in the keychain anchor (a restore makes a new one).
// - The old per-installation hash key digested every personal value in the trail; it is replaced
//   (crypto.randomBytes) and the old one overwritten, which shreds all digests written before this
//   step at once. The account index of live cases is recomputed under the new key; purged cases
//   keep none (the desk, not this PC, is the authority on earlier use).
// - Purged cases lose their stored JWS whatever its state.
import { createHmac, randomBytes } from 'node:crypto';
import { normalizeAccount } from '../../../src-shared/domain/normalize';
import type { Migration } from './migration';

interface LiveCase { id: string; input: string }

function accountOf(input: string): string {
  try {
    const account = (JSON.parse(input) as { applicant?: { utokyoAccount?: unknown } }).applicant?.utokyoAccount;
    return typeof account === 'string' ? normalizeAccount(account) : '';
  } catch {
    return '';
  }
}

export const m0008: Migration = {
  version: 8,
  name: '0008-erasure-and-anchoring',
  up(db) {
    db.exec(`
      CREATE TABLE case_keys (case_id TEXT PRIMARY KEY, key TEXT NOT NULL) STRICT;
      ALTER TABLE audit ADD COLUMN keyed INTEGER NOT NULL DEFAULT 0 CHECK (keyed IN (0, 1));
      UPDATE cases SET account_hash = NULL WHERE purged_at IS NOT NULL;
      UPDATE outbox SET jws = '' WHERE case_id IN (SELECT id FROM cases WHERE purged_at IS NOT NULL);
    `);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('store-id', ?)`).run(randomBytes(16).toString('hex'));
    const key = randomBytes(32);
    db.prepare(`UPDATE meta SET value = ? WHERE key = 'hash-key'`).run(key.toString('hex'));
    const setHash = db.prepare('UPDATE cases SET account_hash = ? WHERE id = ?');
    for (const c of db.prepare<[], LiveCase>('SELECT id, input FROM cases WHERE purged_at IS NULL').all()) {
      const account = accountOf(c.input);
      setHash.run(account ? createHmac('sha256', key).update(`account:${account}`, 'utf8').digest('hex') : null, c.id);
    }
  },
};
