// The trail of a restored backup, before the app ever opens it. A backup does not carry the chain
// key, so the trail is verified under this PC's key (from the keychain), against the backup's
// own checkpoint, and against the head the backup signed under a key derived from this PC's chain
// key (backup-head.ts): a verified prefix is not enough, since whoever holds the backup and its
// passphrase can cut the newest rows and the checkpoint. A backup made on this PC verifies: it is
// adopted as it is, with a new store id and the restore on record. One that does not verify (made
// on another PC, an older backup with no signed head or that carried a key of its own, which is
// ignored, or a trail edited or cut inside the backup) is adopted
// with a recorded 'restore-unverified' break naming the rows adopted unverified; the banner shows
// it until staff acknowledge it. Its links are then recomputed under this PC's key, so later
// checks do not report the same rows again; the break entry, linked after them, stays. Either way
// the adopted trail carries the format entry (format-marker.ts) from here, and the checkpoint
// records the digest of the restore's one-time keychain token (restore-token.ts).
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AuditEvent } from '../context';
import { createAuditLog } from './audit-log';
import { auditSchemaChange, repairAuditSchema } from './audit-schema';
import { anchorSignature, type AuditAnchor } from './audit-secrets';
import { reachesBackupHead, type BackupHead } from './backup-head';
import { createChainWalker, START } from './chain-walk';
import { markFormat } from './format-marker';
import { readCheckpoint, writeCheckpoint, type RestoredOver } from './checkpoint';
import { relinkAudit } from './relink';

export interface RestoreAuditInput {
  readonly db: Database.Database;
  /** This PC's chain key (created in the keychain if it had none). */
  readonly localKey: string;
  /** The head the backup signed (null: none, as in older backups). */
  readonly head: BackupHead | null;
  /** The keychain anchor before the restore (null: none). */
  readonly replaced: AuditAnchor | null;
  readonly operator: string;
  readonly now: () => Date;
  /** The restored copy's new store id. */
  readonly store: string;
  /** SHA-256 of the restore's one-time keychain token (restore-token.ts). */
  readonly token: string;
}

interface RestoredCheck {
  readonly ok: boolean;
  /** The first row whose link does not verify under this PC's key (null: none, or a cut only). */
  readonly firstBroken: number | null;
}

/**
 * Verifies the trail as it came: chain under this PC's key, the backup's checkpoint still in it,
 * and the trail ending at the head the backup signed under this PC's key.
 */
function verifyAsRestored(db: Database.Database, localKey: string, head: BackupHead | null): RestoredCheck {
  const walk = createChainWalker(db, localKey).walk(START);
  if (walk.firstBroken !== null) return { ok: false, firstBroken: walk.firstBroken };
  // Rows linked without a key (as before keyed links existed) can be recomputed by anyone; they are
  // vouched for only by a keyed row after them. A trail of such rows alone proves nothing.
  if (walk.seq > 0 && !walk.keyedSeen) return { ok: false, firstBroken: null };
  const store = db.prepare<[], string>(`SELECT value FROM meta WHERE key = 'store-id'`).pluck().get() ?? '';
  const cp = readCheckpoint(db, localKey, store);
  if (cp.state === 'damaged') return { ok: false, firstBroken: null };
  if (cp.state === 'valid' && cp.checkpoint.seq > 0) {
    const hash = db.prepare<[number], string>('SELECT hash FROM audit WHERE seq = ?').pluck().get(cp.checkpoint.seq);
    if (hash !== cp.checkpoint.hash) return { ok: false, firstBroken: null }; // cut below what was verified
  }
  // No signed head, one signed elsewhere, or a trail cut (or grown) away from it.
  if (!reachesBackupHead(db, localKey, head)) return { ok: false, firstBroken: null };
  return { ok: true, firstBroken: null };
}

/** The break for a trail adopted unverified: which rows (seqs only, nothing personal). */
function unverifiedBreak(check: RestoredCheck, restoredSeq: number): AuditEvent {
  return {
    action: 'audit-break',
    operator: 'system',
    details: {
      problem: 'restore-unverified', firstBroken: check.firstBroken, anchoredSeq: null,
      unverifiedFrom: check.firstBroken ?? 1, unverifiedTo: restoredSeq,
    },
  };
}

/** The anchor the first open may find instead of its own: exactly the one replaced, or none. */
function restoredOver(localKey: string, replaced: AuditAnchor | null, token: string): RestoredOver {
  if (replaced === null) return { store: null, token };
  const { store, seq, hash } = replaced;
  return { store, seq, hash, signed: anchorSignature(localKey, replaced) === 'signed', token };
}

export function adoptRestoredTrail(input: RestoreAuditInput): { verified: boolean } {
  const { db, localKey } = input;
  const check = verifyAsRestored(db, localKey, input.head);
  const restoredSeq = db.prepare<[], number>('SELECT coalesce(max(seq), 0) FROM audit').pluck().get() ?? 0;
  const schema = auditSchemaChange(db); // as restored, before anything is put back (below)
  const log = createAuditLog(db, localKey, input.now);
  const { store } = input;
  const events: AuditEvent[] = [{
    action: 'backup',
    operator: input.operator,
    details: {
      kind: 'restore', replacedStore: input.replaced?.store ?? null, replacedSeq: input.replaced?.seq ?? null,
      restoredSeq, relinked: !check.ok, verified: check.ok,
    },
  }];
  if (!check.ok) events.push(unverifiedBreak(check, restoredSeq));
  // One transaction: a trail is never relinked without its break on record.
  db.transaction(() => {
    // Triggers or an index the migrations do not build come out before anything is appended (one
    // could keep the breaks below out of the trail), and a missing one is put back; what was found,
    // when something had to come out, is a break of its own.
    if (schema !== null && repairAuditSchema(db).dropped > 0) events.push({ action: 'audit-break', operator: 'system', details: { problem: 'schema-changed', schema } });
    if (!check.ok) relinkAudit(db, localKey); // continued under this PC's key; the break below stays
    db.prepare(`UPDATE meta SET value = ? WHERE key = 'store-id'`).run(store);
    for (const e of events) log.append(e);
    markFormat(db, log, log.append); // an older backup's trail: adopted (its break above) in this version's form
    // Verified as adopted: the first open walks nothing, and accepts the replaced anchor (or none).
    const point = log.walker.walk(START);
    writeCheckpoint(db, localKey, store, { ...point, restoredOver: restoredOver(localKey, input.replaced, input.token) });
  })();
  return { verified: check.ok };
}
