// 0001: installation metadata and the settings document.
// `meta` holds the per-installation HMAC key used to hash personal values in the audit trail
// and the account index (so hashes of 10-digit accounts cannot be brute-forced without the DB).
import type { Migration } from './migration';

export const m0001: Migration = {
  version: 1,
  name: '0001-meta-and-settings',
  up(db) {
    db.exec(`
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
      INSERT INTO meta (key, value) VALUES ('hash-key', lower(hex(randomblob(32))));
      CREATE TABLE settings (id INTEGER PRIMARY KEY CHECK (id = 1), value TEXT NOT NULL) STRICT;
    `);
  },
};
