// Comparing the keychain anchor with the trail and its checkpoint. Fails closed: an anchor that is
// missing, unreadable or not signed under the chain key, older than the checkpoint the app wrote
// after it, or of another store without the restore that explains exactly it, is a problem, never
// a pass; so is a missing checkpoint. Three ways to judge (the mode, chosen by verify-audit.ts):
// - 'strict': a trail in this version's form (format-marker.ts), everything above applies;
// - 'created': the open that created the database, whose trail holds only what that open wrote:
//   no anchor yet is expected, another store's anchor means this folder replaced that store's;
// - 'legacy': the open that upgrades a database whose trail is in an older form. Such trails had
//   no anchor (before keyed links), unsigned anchors and no checkpoint; they are accepted as the
//   earlier version kept them, and the caller records that they could not be verified.
import { assertNever } from '../../../src-shared/assert-never';
import type { AuditProblem } from '../../../src-shared/core-api';
import type { AuditAnchor, AnchorState } from './audit-secrets';
import type { CheckpointState, RestoredOver } from './checkpoint';

export type JudgeMode = 'strict' | 'created' | 'legacy';

export interface AnchorFacts {
  readonly mode: JudgeMode;
  readonly store: string;
  readonly anchor: AnchorState;
  readonly checkpoint: CheckpointState;
  /** The newest seq of the trail as checked. */
  readonly headSeq: number;
  /** The anchor's MAC under the chain key: 'unsigned' for anchors of versions before signing. */
  signature(anchor: AuditAnchor): 'signed' | 'unsigned' | 'bad';
  hashAt(seq: number): string | null;
  /** The one-time restore token is still in the keychain (restore-token.ts): the restore's first open. */
  readonly restoreTokenHeld: boolean;
  /** Legacy mode: the trail held keyed rows before this open appended anything (an anchor was written then). */
  readonly hadKeyedRows: boolean;
  /** Legacy mode: the trail shows a checkpoint was written; asked only when none is found. */
  checkpointsRecorded(): boolean;
  /** Legacy mode (restores before checkpoints): the trail records a restore over that store. */
  restoredOver(store: string): boolean;
}

/**
 * What the keychain held when the restore ran, while the restore is fresh: its checkpoint is still
 * the newest point of the trail and the restore's one-time token has not been used up by the first
 * open (a token only the restore and that open know). Once anything newer is in the trail or the
 * token is gone, this store has anchored itself, and the replaced store's anchor (or none) means it
 * was put back.
 */
function freshRestore(f: AnchorFacts): RestoredOver | null {
  if (f.checkpoint.state !== 'valid') return null;
  const c = f.checkpoint.checkpoint;
  if (c.restoredOver === null || c.seq !== f.headSeq) return null;
  return c.restoredOver.token === undefined || f.restoreTokenHeld ? c.restoredOver : null;
}

function missingAnchor(f: AnchorFacts): AuditProblem | null {
  // A restore excuses a missing anchor only where the keychain held none when it ran: had it held
  // the replaced store's anchor, nothing since would have removed it.
  if (f.checkpoint.state === 'valid') return freshRestore(f)?.store === null ? null : 'anchor-missing';
  if (f.mode === 'created') return null;
  return f.mode === 'legacy' && !f.hadKeyedRows ? null : 'anchor-missing';
}

/**
 * The anchor the restore replaced: exactly the one it recorded (store, seq, hash; unsigned only if
 * that one was), or a later anchor of the same store signed under the chain key while the restore
 * is fresh: the desk restores into a staging folder while the replaced data is still open, and
 * closing that data anchors it once more (restore-flow.ts). The first open uses up the token, so a
 * later anchor of the replaced store (the app opening that folder again) is never accepted.
 */
function isReplaced(f: AnchorFacts, a: AuditAnchor): boolean {
  const r = freshRestore(f);
  if (r === null || r.store !== a.store) return false;
  if (r.seq === undefined) return true; // restored by an older version, which kept the store only
  if (f.signature(a) === 'signed') return a.seq > r.seq || (a.seq === r.seq && a.hash === r.hash);
  return r.signed === false && a.seq === r.seq && a.hash === r.hash;
}

function otherStore(f: AnchorFacts, a: AuditAnchor): AuditProblem | null {
  if (f.checkpoint.state === 'valid') return isReplaced(f, a) ? null : 'replaced';
  if (f.mode === 'legacy') return f.restoredOver(a.store) ? null : 'replaced'; // a trail from before checkpoints
  return 'replaced';
}

/**
 * An older trail without a checkpoint, given a readable anchor of this store: a signed anchor (the
 * signature implies one), an anchor that says so, or a redaction entry proves there was one.
 */
function legacyCheckpointMissing(f: AnchorFacts, a: AuditAnchor, signature: 'signed' | 'unsigned'): boolean {
  if (f.checkpoint.state !== 'missing' || f.mode !== 'legacy') return false;
  return signature === 'signed' || a.checkpointed === true || f.checkpointsRecorded();
}

/**
 * The checkpoint, judged on its own: damaged is always a break; missing is one for a trail in this
 * version's form (an older trail's is judged with its anchor, the open that created the store has
 * none yet).
 */
export function checkpointProblem(f: Pick<AnchorFacts, 'mode' | 'checkpoint'>): AuditProblem | null {
  if (f.checkpoint.state === 'damaged') return 'checkpoint-damaged';
  return f.checkpoint.state === 'missing' && f.mode === 'strict' ? 'checkpoint-damaged' : null;
}

/** The anchor, judged against the trail and the checkpoint (whose own state checkpointProblem judges). */
export function anchorProblem(f: AnchorFacts): AuditProblem | null {
  switch (f.anchor.state) {
    case 'garbled':
      return 'anchor-garbled';
    case 'missing':
      return missingAnchor(f);
    case 'valid':
      break;
    default:
      return assertNever(f.anchor, 'anchor state');
  }
  const { anchor } = f.anchor;
  const signature = f.signature(anchor);
  if (signature === 'bad') return 'anchor-garbled';
  if (anchor.store !== f.store) return otherStore(f, anchor);
  if (signature === 'unsigned' && f.mode !== 'legacy') return 'anchor-garbled';
  if (legacyCheckpointMissing(f, anchor, signature)) return 'checkpoint-damaged';
  if (f.checkpoint.state === 'valid' && anchor.seq < f.checkpoint.checkpoint.seq) return 'anchor-older';
  if (anchor.seq === 0) return null;
  const hash = f.hashAt(anchor.seq);
  if (hash === null) return 'truncated';
  return hash === anchor.hash ? null : 'rewritten';
}
