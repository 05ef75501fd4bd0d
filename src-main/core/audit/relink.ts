// A restored trail that did not verify under this PC's chain key (restore-audit.ts, a break goes on
// record right after): its keyed links are recomputed under this PC's key, so later checks walk it
// without reporting the same rows again. Runs only inside restoreBackup, before the restored data
// is ever opened by the app; the break entry, linked after these rows, is what keeps the record.
import type Database from 'better-sqlite3-multiple-ciphers';
import { entryBody, GENESIS } from './chain-walk';
import { ensureAppendOnly } from './audit-schema';
import { hmacHex } from './hash';

export { ensureAppendOnly };

interface Row { seq: number; at: string; action: string; operator: string; case_id: string | null; details: string; personal: string; hash: string; keyed: number }

export function relinkAudit(db: Database.Database, toKey: string): void {
  const rows = db.prepare<[], Row>('SELECT * FROM audit ORDER BY seq').all();
  const update = db.prepare('UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?');
  db.transaction(() => {
    db.exec('DROP TRIGGER IF EXISTS audit_no_update');
    let prev = GENESIS;
    for (const r of rows) {
      if (r.keyed === 1) {
        const hash = hmacHex(toKey, `${prev}\n${entryBody(r)}`);
        update.run(prev, hash, r.seq);
        prev = hash;
      } else {
        prev = r.hash;
      }
    }
    ensureAppendOnly(db);
  })();
}
