// Test helper: a store as the version before this one left its database: schema 10, the last one
// whose trails could lack the format entry. Undoes what the later migrations added, so that the
// next open really upgrades it (as an installation updating the app does).
import type Database from 'better-sqlite3-multiple-ciphers';
import { LAST_SCHEMA_BEFORE_FORMAT } from '../../../../src-main/core/audit/format-marker';
import { migrations } from '../../../../src-main/core/migrations';

export function asEarlierSchema(db: Database.Database): void {
  if (migrations.length !== 11) throw new Error('a migration was added: undo it here too');
  db.exec(`
    DROP INDEX cases_list; DROP INDEX outbox_request_list; DROP INDEX outbox_unsigned;
    ALTER TABLE cases DROP COLUMN summary;
  `);
  db.pragma(`user_version = ${LAST_SCHEMA_BEFORE_FORMAT}`);
}
