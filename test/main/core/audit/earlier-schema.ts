// Test helper: a store as the version before this one left its database: schema 10, the last one
// whose trails could lack the format entry. Undoes what the later migrations added, so that the
// next open really upgrades it (as an installation updating the app does).
import type Database from 'better-sqlite3-multiple-ciphers';
import { entryBody, GENESIS, type AuditRow } from '../../../../src-main/core/audit/chain-walk';
import { LAST_SCHEMA_BEFORE_FORMAT } from '../../../../src-main/core/audit/format-marker';
import { sha256Hex } from '../../../../src-main/core/audit/hash';
import { migrations } from '../../../../src-main/core/migrations';

export function asEarlierSchema(db: Database.Database): void {
  if (migrations.length !== 11) throw new Error('a migration was added: undo it here too');
  db.exec(`
    DROP INDEX cases_list; DROP INDEX outbox_request_list; DROP INDEX outbox_unsigned;
    ALTER TABLE cases DROP COLUMN summary;
  `);
  db.pragma(`user_version = ${LAST_SCHEMA_BEFORE_FORMAT}`);
}

/** Re-links the whole trail with plain SHA-256 (keyed = 0), renumbering after dropping rows. */
export function plainRelink(db: Database.Database, drop: (r: AuditRow) => boolean): { seq: number; hash: string } {
  const rows = (db.prepare('SELECT * FROM audit ORDER BY seq').all() as AuditRow[]).filter((r) => !drop(r));
  db.prepare('DELETE FROM audit').run();
  const ins = db.prepare('INSERT INTO audit (seq, at, action, operator, case_id, details, personal, prev_hash, hash, keyed) VALUES (?,?,?,?,?,?,?,?,?,0)');
  let prev = GENESIS;
  let seq = 0;
  for (const r of rows) {
    seq += 1;
    const hash = sha256Hex(`${prev}\n${entryBody({ ...r, seq })}`);
    ins.run(seq, r.at, r.action, r.operator, r.case_id, r.details, r.personal, prev, hash);
    prev = hash;
  }
  return { seq, hash: prev };
}
