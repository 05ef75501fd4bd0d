// The trail of a restored backup, before the app ever opens it. It is verified first under the key
// it came with (the backup's chain key) and against the backup's own checkpoint; only then is it
// adopted: linked under this PC's key if that differs, given a new store id, and the restore put on
// record. A trail that does not verify (edited inside the backup, or a backup without its key) is
// kept as it is, but the restore records a break, so every later check, and the banner, shows it.
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AuditEvent } from '../context';
import { createAuditLog } from './audit-log';
import { createChainWalker, START } from './chain-walk';
import { readCheckpoint, writeCheckpoint } from './checkpoint';
import { ensureAppendOnly, relinkAudit } from './relink';

export interface RestoreAuditInput {
  readonly db: Database.Database;
  /** The chain key the backup carried (null: a backup made without one). */
  readonly backupKey: string | null;
  /** This PC's chain key, after adopting the backup's on a PC that had none. */
  readonly localKey: string;
  /** The store the keychain anchor named before the restore (null: none). */
  readonly replaced: { readonly store: string; readonly seq: number } | null;
  readonly operator: string;
  readonly now: () => Date;
}

/** Verifies the trail as it came: chain under the backup's key, and its checkpoint still in it. */
function verifyAsRestored(db: Database.Database, backupKey: string | null): { ok: boolean; firstBroken: number | null } {
  const keyed = db.prepare('SELECT 1 FROM audit WHERE keyed = 1 LIMIT 1').get() !== undefined;
  if (backupKey === null) return { ok: !keyed, firstBroken: null }; // nothing to check keyed rows with
  const walk = createChainWalker(db, backupKey).walk(START);
  if (walk.firstBroken !== null) return { ok: false, firstBroken: walk.firstBroken };
  const store = db.prepare<[], string>(`SELECT value FROM meta WHERE key = 'store-id'`).pluck().get() ?? '';
  const cp = readCheckpoint(db, backupKey, store);
  if (cp.state === 'damaged') return { ok: false, firstBroken: null };
  if (cp.state === 'valid' && cp.checkpoint.seq > 0) {
    const hash = db.prepare<[number], string>('SELECT hash FROM audit WHERE seq = ?').pluck().get(cp.checkpoint.seq);
    if (hash !== cp.checkpoint.hash) return { ok: false, firstBroken: null }; // cut below what was verified
  }
  return { ok: true, firstBroken: null };
}

export function adoptRestoredTrail(input: RestoreAuditInput): { verified: boolean } {
  const { db, localKey } = input;
  const check = verifyAsRestored(db, input.backupKey);
  const relinked = input.backupKey !== localKey;
  if (relinked) relinkAudit(db, localKey);
  ensureAppendOnly(db);
  const log = createAuditLog(db, localKey, input.now);
  const store = randomBytes(16).toString('hex');
  const events: AuditEvent[] = [{
    action: 'backup',
    operator: input.operator,
    details: {
      kind: 'restore', replacedStore: input.replaced?.store ?? null, replacedSeq: input.replaced?.seq ?? null,
      restoredSeq: log.head().seq, relinked, verifiedBefore: check.ok,
    },
  }];
  if (!check.ok) events.push({ action: 'audit-break', operator: 'system', details: { problem: 'restore-unverified', firstBroken: check.firstBroken, anchoredSeq: null } });
  db.transaction(() => {
    db.prepare(`UPDATE meta SET value = ? WHERE key = 'store-id'`).run(store);
    for (const e of events) log.append(e);
    // Verified as adopted: the first open walks nothing, and accepts the replaced store's anchor (or none).
    const point = log.walker.walk(START);
    writeCheckpoint(db, localKey, store, { ...point, restoredOver: { store: input.replaced?.store ?? null } });
  })();
  return { verified: check.ok };
}
