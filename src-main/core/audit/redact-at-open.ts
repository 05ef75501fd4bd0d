// The one-time redaction of staff text that earlier versions left in the audit trail in clear
// (legacy-entries.ts). It runs at open, after the check at open, and only on a trail that verifies
// from its first row to its head with the anchor agreeing: a trail with a broken link or an anchor
// problem is never re-signed (that would turn a tampered trail into a clean one). Such a trail is
// left as it is, its break recorded by the check at open or by the full check that follows; the
// redaction is simply tried again at the next open (a rewritten row stays broken, so the entries of
// a trail edited behind the app's back stay as they are and the break stays on record).
//
// Crash safety follows the order of every append: the database first, then the keychain anchor.
// One transaction rewrites the entries (links recomputed under the chain key from the first one
// changed), appends the 'audit-redact' entry (how many entries, the previous head; no values) and
// writes the checkpoint at the new head. The anchor follows. A crash before the commit changes
// nothing; a crash after it leaves an anchor older than the checkpoint: a recorded break at the
// next open ('anchor-older'), never a silent pass.
import type { AuditProblem } from '../../../src-shared/core-api';
import type { Anchoring } from './anchoring';
import { START, type ChainPoint } from './chain-walk';
import { readCheckpoint, writeCheckpoint } from './checkpoint';
import { findLegacyEntries, legacyKind, redactEntry } from './legacy-entries';
import { hmacHex } from './hash';
import { ensureAppendOnly } from './relink';
import { entryBody } from './audit-log';
import type { VerifyDeps } from './verify-audit';

/**
 * The seq up to which the trail holds no legacy entry, so that an open scans only the rows after it.
 * Not a security record (an attacker who moves it up can only keep clear text they already read).
 */
const CHECKED_KEY = 'audit-legacy-checked';

function checkedUpTo(deps: VerifyDeps): number {
  const raw = deps.db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck().get(CHECKED_KEY);
  const n = Number(raw ?? 0);
  return Number.isSafeInteger(n) && n >= 0 ? n : 0;
}

function markChecked(deps: VerifyDeps): void {
  deps.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(CHECKED_KEY, String(deps.log.head().seq));
}

/**
 * The whole chain walks clean up to the head the check at open vouched for. An older trail adopted
 * at this upgrade ('legacy-unverified', on record) is redacted all the same: re-signing it hides
 * nothing, since the break entry stays linked after it.
 */
function verifiedToHead(deps: VerifyDeps, problems: readonly AuditProblem[]): boolean {
  if (problems.some((p) => p !== 'legacy-unverified')) return false;
  const head = deps.log.head();
  const walk = deps.log.walker.walk(START);
  return walk.firstBroken === null && walk.seq === head.seq && walk.hash === head.hash;
}

/** Rewrites every row from `fromSeq` on, keyed under the chain key, with legacy entries redacted. */
function rewriteFrom(deps: VerifyDeps, fromSeq: number): { handOver: number; rotation: number } {
  const { db, log, chainKey } = deps;
  const rows = db.prepare<[number], Parameters<typeof redactEntry>[2]>('SELECT * FROM audit WHERE seq >= ? ORDER BY seq').all(fromSeq);
  const update = db.prepare('UPDATE audit SET details = ?, personal = ?, prev_hash = ?, hash = ?, keyed = 1 WHERE seq = ?');
  const counts = { handOver: 0, rotation: 0 };
  let prev = rows[0]!.prev_hash; // verified: the hash of the row before
  db.exec('DROP TRIGGER IF EXISTS audit_no_update');
  for (const r of rows) {
    const kind = legacyKind(r);
    if (kind === 'hand-over-reference') counts.handOver += 1;
    if (kind === 'rotation-reason') counts.rotation += 1;
    const { details, personal } = kind === null ? r : redactEntry(db, log.caseKeys, r);
    const hash = hmacHex(chainKey, `${prev}\n${entryBody({ ...r, details, personal })}`);
    update.run(details, personal, prev, hash, r.seq);
    prev = hash;
  }
  ensureAppendOnly(db);
  return counts;
}

/** How many legacy entries were redacted now, and how many still hold staff text in clear. */
export interface RedactionOutcome {
  readonly redacted: number;
  readonly left: number;
}

/**
 * Redacts the legacy entries of a verified trail, audited and re-anchored. Entries of a trail that
 * does not verify are left (and counted): the desk says so (AuditStatus.unredacted) rather than
 * re-sign the trail, and tries again at the next open.
 */
export async function redactLegacyAtOpen(deps: VerifyDeps, problems: readonly AuditProblem[], anchoring: Anchoring): Promise<RedactionOutcome> {
  const legacy = findLegacyEntries(deps.db, checkedUpTo(deps));
  if (legacy.length === 0) {
    markChecked(deps);
    return { redacted: 0, left: 0 };
  }
  const left = { redacted: 0, left: legacy.length };
  if (!verifiedToHead(deps, problems)) return left;
  const cp = readCheckpoint(deps.db, deps.chainKey, deps.store);
  const restoredOver = cp.state === 'valid' ? cp.checkpoint.restoredOver : null;
  let point: ChainPoint;
  try {
    point = deps.db.transaction(() => {
      const previous = deps.log.head();
      const counts = rewriteFrom(deps, legacy[0]!.seq);
      deps.log.append({ action: 'audit-redact', operator: 'system', details: {
        handOverReferences: counts.handOver, rotationReasons: counts.rotation, fromSeq: legacy[0]!.seq, previousSeq: previous.seq, previousHead: previous.hash,
      } });
      const walk = deps.log.walker.walk(START);
      if (walk.firstBroken !== null) throw new Error('the rewritten trail does not verify');
      writeCheckpoint(deps.db, deps.chainKey, deps.store, { ...walk, restoredOver });
      markChecked(deps);
      return walk;
    })();
  } catch {
    return left; // rolled back: the trail is as it was, and the next open tries again
  }
  // Old WAL frames may still hold the clear text: fold them into the (securely deleted) file.
  deps.db.pragma('wal_checkpoint(TRUNCATE)');
  deps.keeper.reset(point, true);
  await anchoring.flush(); // a failed write is retried by the anchoring like any other
  return { redacted: legacy.length, left: 0 };
}
